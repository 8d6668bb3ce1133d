// Page copies on the other app hosts of a cluster. Each host keeps its own copies, which its
// nginx serves without asking a program; a change committed on one host must also take the
// copies of every other host away before its visitor gets the answer, or the next request,
// sent to another host, would show the page as it was. core::discard_page_copies() deletes
// this host's copies and then calls what lib/app installs here: a request to each peer
// ([cluster] peers) to delete its own, waited for.
#pragma once

namespace core {

// Deletes this host's copies only: what a peer's request asks for.
void discard_own_page_copies();

// What discard_page_copies() does after deleting this host's copies (once per process).
void on_page_copies_discarded(void (*tell_peers)());

}  // namespace core
