# Yaocai: one entry point. `make run` and `make test` work on a fresh Debian 12 as root.
SHELL := /bin/bash
.DEFAULT_GOAL := all

ROOT  := $(CURDIR)
BUILD := build
VAR   ?= $(ROOT)/var
PORT  ?= 8080
JOBS  ?= $(shell nproc)

# Debian 12 packages the build, the stack and the tests need (`make deps` installs the missing).
DEBS := build-essential pkg-config tzdata curl ca-certificates \
	libfcgi-dev libcgicc-dev libctemplate-dev libmariadb-dev libhiredis-dev \
	libmagick++-6.q16-dev libgtest-dev libgmock-dev libsodium-dev libcurl4-openssl-dev \
	libinih-dev libqrencode-dev nlohmann-json3-dev libzip-dev libexpat1-dev libssl-dev \
	spawn-fcgi multiwatch logrotate nginx-light mariadb-server mariadb-client redis-server wrk \
	libjs-bootstrap5 libjs-chart.js libjs-leaflet libvips-tools chromium fonts-noto-cjk clang-format clang libclang-rt-14-dev \
	libuv1-dev libmosquitto-dev mosquitto mosquitto-clients galera-4 rsync

PKGS := hiredis libsodium libcurl inih libqrencode Magick++ libmariadb libzip expat openssl libuv \
	libmosquitto

CXX      ?= g++
CPPFLAGS := -Ilib -I. -MMD -MP
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++20 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -pthread
# CI builds with WERROR=1 (.ci/run): a warning fails the build there.
ifeq ($(WERROR),1)
CXXFLAGS += -Werror
endif
LDFLAGS  += -pthread -Wl,--as-needed
# Third-party headers are system headers: their warnings are theirs, not ours.
PKG_CFLAGS = $(patsubst -I%,-isystem %,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS   := -lfcgi -lcgicc -lctemplate

# Sources: every lib/<area>/*.cc goes into build/lib/lib<area>.a; every cgi-bin/<area>/<x>.cc
# is one route program; bin/cli/*.cc is the yaocai command; tests/**/*.cc the test binary.
LIB_AREAS := $(notdir $(wildcard lib/*))
LIB_SRCS  := $(wildcard lib/*/*.cc)
LIB_ARS   := $(foreach a,$(LIB_AREAS),$(if $(wildcard lib/$(a)/*.cc),$(BUILD)/lib/lib$(a).a))
CGI_SRCS  := $(wildcard cgi-bin/*/*.cc)
CGI_BINS  := $(CGI_SRCS:%.cc=$(BUILD)/%)
CLI_SRCS  := $(wildcard bin/cli/*.cc)
CLI_BIN   := $(BUILD)/bin/yaocai
PUSHD_SRCS := $(wildcard bin/pushd/*.cc)
PUSHD_BIN := $(BUILD)/bin/yaocai-pushd
WATCHD_SRCS := $(wildcard bin/watchd/*.cc)
WATCHD_BIN := $(BUILD)/bin/yaocai-watchd
TEST_SRCS := $(filter-out tests/fuzz/%,$(wildcard tests/*/*.cc))
TEST_BIN  := $(BUILD)/tests/yaocai-tests
# The stack-free part (tests/unit): no MariaDB, Redis or nginx, runs in seconds.
UNIT_SRCS := $(wildcard tests/unit/*.cc) tests/support/main.cc tests/support/xlsx.cc
UNIT_BIN  := $(BUILD)/tests/yaocai-unit
OBJS      := $(patsubst %.cc,$(BUILD)/%.o,$(LIB_SRCS) $(CGI_SRCS) $(CLI_SRCS) $(PUSHD_SRCS) $(WATCHD_SRCS) $(TEST_SRCS))

# Static archives in one group: the linker takes only what a program uses, in any order.
# lib/app is linked whole: it installs the application's hooks into lib/web (the layout's
# menus and badges) from static initializers that no program calls by name.
# The unit binary and the fuzzers link without it (LIB_LINK): no page asks for a database.
APP_AR    := $(BUILD)/lib/libapp.a
LIB_LINK  = -Wl,--start-group $(filter-out $(APP_AR),$(LIB_ARS)) -Wl,--end-group \
	$(LDLIBS) $(PKG_LIBS)
LINK_LIBS = -Wl,--whole-archive $(APP_AR) -Wl,--no-whole-archive $(LIB_LINK)

.PHONY: all deps run stop status test unit bench clean install format check-format fuzz fuzz-build \
	cluster cluster-stop cluster-test
all: $(CGI_BINS) $(CLI_BIN) $(PUSHD_BIN) $(WATCHD_BIN)

$(BUILD)/%.o: %.cc
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(PKG_CFLAGS) $(CXXFLAGS) -c $< -o $@

define lib_rule
$(BUILD)/lib/lib$(1).a: $(patsubst %.cc,$(BUILD)/%.o,$(wildcard lib/$(1)/*.cc))
	@mkdir -p $$(@D)
	@rm -f $$@
	ar rcs $$@ $$^
endef
$(foreach a,$(LIB_AREAS),$(if $(wildcard lib/$(a)/*.cc),$(eval $(call lib_rule,$(a)))))

$(BUILD)/cgi-bin/%: $(BUILD)/cgi-bin/%.o $(LIB_ARS)
	$(CXX) $(LDFLAGS) $< $(LINK_LIBS) -o $@

$(CLI_BIN): $(patsubst %.cc,$(BUILD)/%.o,$(CLI_SRCS)) $(LIB_ARS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(filter %.o,$^) $(LINK_LIBS) -o $@

$(PUSHD_BIN): $(patsubst %.cc,$(BUILD)/%.o,$(PUSHD_SRCS)) $(LIB_ARS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(filter %.o,$^) $(LINK_LIBS) -o $@

$(WATCHD_BIN): $(patsubst %.cc,$(BUILD)/%.o,$(WATCHD_SRCS)) $(LIB_ARS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(filter %.o,$^) $(LINK_LIBS) -o $@

$(TEST_BIN): $(patsubst %.cc,$(BUILD)/%.o,$(TEST_SRCS)) $(LIB_ARS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(filter %.o,$^) $(LINK_LIBS) -lgmock -lgtest -o $@

$(UNIT_BIN): $(patsubst %.cc,$(BUILD)/%.o,$(UNIT_SRCS)) $(LIB_ARS)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(filter %.o,$^) $(LIB_LINK) -lgmock -lgtest -o $@

-include $(OBJS:.o=.d)
# Keep objects: make would delete them as intermediates and rebuild every program next time.
.SECONDARY: $(OBJS)

# Fuzzing (clang's libFuzzer with ASan + UBSan + leak checks): tests/fuzz/<name>_fuzz.cc,
# seeds in tests/fuzz/<name>/. The code under test is compiled into each harness with the
# sanitizers; what it calls beyond that comes from build/lib.
FUZZ_CXX   := clang++
FUZZ_FLAGS := -g -O1 -std=c++20 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_BINS  := $(patsubst tests/fuzz/%_fuzz.cc,$(BUILD)/fuzz/%,$(wildcard tests/fuzz/*_fuzz.cc))
FUZZ_SRCS_form      := lib/web/form.cc lib/core/text.cc
FUZZ_SRCS_multipart := lib/web/form.cc lib/core/text.cc
FUZZ_SRCS_json      := lib/booking/change.cc
FUZZ_SRCS_xlsx      := lib/sheet/xlsx.cc
FUZZ_SRCS_amount    := lib/market/money.cc lib/market/purchase.cc lib/core/text.cc
FUZZ_SRCS_push      := lib/push/queue.cc lib/push/track.cc lib/push/optout.cc
FUZZ_SRCS_frame     := lib/watch/frame.cc lib/watch/uplink.cc
FUZZ_SECONDS ?= 120

.SECONDEXPANSION:
$(BUILD)/fuzz/%: tests/fuzz/%_fuzz.cc $$(FUZZ_SRCS_$$*) $(LIB_ARS)
	@mkdir -p $(@D)
	$(FUZZ_CXX) -Ilib -I. $(PKG_CFLAGS) $(FUZZ_FLAGS) $< $(FUZZ_SRCS_$*) $(LIB_LINK) -o $@

fuzz-build: $(FUZZ_BINS)

# Each harness for FUZZ_SECONDS (2 minutes); `make test` runs a short fixed number of inputs.
fuzz: deps
	@$(MAKE) --no-print-directory -j$(JOBS) fuzz-build
	@VAR=$(VAR) tests/fuzz/run.sh $(FUZZ_SECONDS)

# Installs only what is missing; seconds when everything is there.
deps:
	@missing=""; for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" != 0 ]; then echo "make deps: run as root to install:$$missing" >&2; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	fi; \
	if ! command -v npm >/dev/null; then \
	  echo "Installing: nodejs npm (browser tests)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm; \
	fi

run: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@bin/stack --var $(VAR) --port $(PORT) start
	@YAOCAI_CONF=$(VAR)/app.conf bin/yaocai migrate
	@YAOCAI_CONF=$(VAR)/app.conf bin/yaocai demo
	@bin/stack --var $(VAR) demo-watch
	@echo; echo "Yaocai is running: http://127.0.0.1:$$(cat $(VAR)/port)/   (make stop to end it)"

stop:
	@bin/stack --var $(VAR) stop

status:
	@bin/stack --var $(VAR) status

# Scaled out on this machine (bin/cluster, README.md "Scaling out"): a front nginx, two app
# hosts, a 3-node Galera cluster, Redis with a replica and 3 Sentinels, under var/cluster.
cluster: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@mkdir -p $(VAR) && bin/cluster --var $(VAR)/cluster start >$(VAR)/cluster.start.log || \
	  { tail -n 20 $(VAR)/cluster.start.log; exit 1; }
	@YAOCAI_CONF=$(VAR)/cluster/a/app.conf bin/yaocai demo
	@tail -n 1 $(VAR)/cluster.start.log

cluster-stop:
	@bin/cluster --var $(VAR)/cluster stop

# Its own fresh cluster under var/cluster-test: freshness across hosts, races split across
# hosts, a Galera node and the Redis primary killed under load; prints the figures.
cluster-test: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all $(TEST_BIN)
	@YAOCAI_CLUSTER_VAR=$(VAR)/cluster-test tests/cluster/run.sh

# Unit, integration (own MariaDB + Redis) and end-to-end (through nginx) tests, on a private
# stack under var/test that is started fresh and stopped afterwards.
test: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all $(TEST_BIN)
	@if [ -z "$(TEST_ARGS)" ] && [ -z "$$SKIP_FUZZ" ]; then \
	  $(MAKE) --no-print-directory -j$(JOBS) fuzz-build && VAR=$(VAR) tests/fuzz/run.sh smoke; \
	fi
	@tests/run.sh $(TEST_ARGS)

# Unit tests only, without a stack: conf/app.conf.example with paths below build/unit.
unit:
	@$(MAKE) --no-print-directory -j$(JOBS) $(UNIT_BIN)
	@mkdir -p $(BUILD)/unit/log $(BUILD)/unit/pages
	@sed -e 's|@ROOT@|$(ROOT)|g' -e 's|@VAR@|$(ROOT)/$(BUILD)/unit|g' conf/app.conf.example \
	  > $(BUILD)/unit/app.conf
	@YAOCAI_CONF=$(BUILD)/unit/app.conf $(UNIT_BIN) $(TEST_ARGS)

bench: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all $(TEST_BIN)
	@bin/stack --var $(VAR) --port $(PORT) start
	@YAOCAI_CONF=$(VAR)/app.conf bin/yaocai migrate
	@YAOCAI_CONF=$(VAR)/app.conf bin/yaocai demo --bench-booking --large
	@# Logged-in pages as users who see their real content: bench0001 buys (50 orders) and
	@# quotes, the item's supplier has quoted on it, sales has customers and bookings.
	@day=$$(TZ=Asia/Shanghai date -d tomorrow +%F); \
	  sql() { mariadb --defaults-file=$(VAR)/mariadb.cnf -Nse "$$1"; }; \
	  item=$$(sql "SELECT MAX(id) FROM yaocai.purchase_item WHERE status = 1 \
	    AND quote_count > 0") || exit 1; \
	  quoter=$$(sql "SELECT u.username FROM yaocai.quote q JOIN yaocai.user u \
	    ON u.id = q.supplier_id WHERE q.item_id = $$item ORDER BY q.id LIMIT 1") || exit 1; \
	  VAR=$(VAR) YAOCAI_CONF=$(VAR)/app.conf tests/bench/run.sh /healthz / /purchases /suppliers \
	    /item/$$item bench0001:/ bench0001:/purchases $$quoter:/item/$$item \
	    bench0001:/my/purchases bench0001:/my/quotes "sales:/booking?date=$$day" \
	    "sales:/booking/grid.json?date=$$day" sales:/crm/customers/mine \
	    sales:/crm/customers/public
	@echo; echo "Push engine (a round to 100 000 followers through yaocai-pushd):"
	@YAOCAI_TEST_VAR=$(VAR) YAOCAI_CONF=$(VAR)/app.conf $(TEST_BIN) --gtest_also_run_disabled_tests \
	  --gtest_filter='PushBench.*' | grep -E '^push bench|FAILED'
	@echo; echo "Watch gateway (10 000 simulated watches on one yaocai-watchd, then a burst):"
	@YAOCAI_TEST_VAR=$(VAR) YAOCAI_CONF=$(VAR)/app.conf $(TEST_BIN) --gtest_also_run_disabled_tests \
	  --gtest_filter='WatchBench.*' | grep -E '^watch bench|FAILED'

clean:
	rm -rf $(BUILD)

# C++ sources as git knows them; .clang-format (Google, 100 columns) is the style.
FORMAT_SRCS = $(shell git ls-files --cached --others --exclude-standard '*.cc' '*.h')

format:
	clang-format -i $(FORMAT_SRCS)

# Fails listing every file clang-format would change; CI runs it before the tests.
check-format:
	@bad=""; for f in $(FORMAT_SRCS); do \
	  clang-format "$$f" | cmp -s - "$$f" || bad="$$bad $$f"; done; \
	if [ -n "$$bad" ]; then \
	  echo "check-format: these files differ from clang-format (run make format):"; \
	  for f in $$bad; do echo "  $$f"; done; exit 1; fi; \
	echo "check-format: $(words $(FORMAT_SRCS)) files formatted"

# Production install: binaries and data under PREFIX, units and site file generated.
PREFIX ?= /opt/yaocai
install: all
	install -d $(DESTDIR)$(PREFIX)
	cp -a $(BUILD)/cgi-bin $(BUILD)/bin templates htdocs schema conf $(DESTDIR)$(PREFIX)/
	@echo "Installed to $(DESTDIR)$(PREFIX); see README.md, Production deployment."
