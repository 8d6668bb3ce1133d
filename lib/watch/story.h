// Stories (故事) for the watches: a catalogue in categories with a cover picture, a text and an
// audio file. A parent sends one to a watch (a `story` command, in order in the box); the hot
// ranking counts the sends each watch acknowledged, highest first.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/connection.h"
#include "watch/command.h"

namespace watch {

struct StoryCategory {
  long long id = 0;
  std::string name;
  int position = 0;
  long long stories = 0;  // how many stories it has
};

struct Story {
  long long id = 0, category_id = 0;
  std::string category, title, summary, cover, audio;  // cover: image hash or ""
  int seconds = 0;
  std::string created_at;  // UTC DATETIME
  long long plays = 0;     // acknowledged sends (the hot list fills it)
};

std::vector<StoryCategory> story_categories(db::Connection& db);
// Conflict when the name exists; BadRequest for an empty or long name.
long long add_story_category(db::Connection& db, const std::string& name, int position);
// Conflict while it has stories.
void delete_story_category(db::Connection& db, long long id);

struct NewStory {
  long long category_id = 0;
  std::string title, summary;
  std::string_view cover, audio;  // uploaded bytes; the cover is optional
  int seconds = 0;                // 0: as counted from an AMR file
};
// Checks everything before storing any file (BadRequest naming the field), then adds it.
Story add_story(db::Connection& db, long long admin, const NewStory& s);
void delete_story(db::Connection& db, long long id);

std::optional<Story> find_story(db::Connection& db, long long id);
// Newest first, id < `before` (0: from the newest), in `category` (0: all).
std::vector<Story> stories(db::Connection& db, long long category, long long before, int limit);
// The most played (acknowledged sends), highest first, ties newest first.
std::vector<Story> hot_stories(db::Connection& db, long long category, int limit);
nlohmann::json story_json(const Story& s);

// Queues story `id` for the watch (NotFound for an unknown story) with its send row.
Command queue_story(db::Connection& db, const std::string& imei, long long id, long long user);

}  // namespace watch
