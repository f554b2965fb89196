// Helpers shared by the tests: temporary folders, writing articles, running the binaries.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "news/searcher.h"

namespace news::testing {

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to `relative` under the folder, creating parent folders.
  std::filesystem::path write(const std::string& relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// Moves a file's mtime an hour forward, so that news-index sees a change even within one
// clock tick.
void touch_later(const std::filesystem::path& path);

// Reads a whole file; fails the current test if it cannot.
std::string read_file(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;  // the process's exit status, or 128+signal when killed by one
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is a path to the program) without a shell, with `env` added to the
// environment (NO_COLOR is always set), and captures stdout, stderr and the exit status.
CommandResult run(const std::vector<std::string>& argv,
                  const std::map<std::string, std::string>& env = {});

// A process's exit status from waitpid()'s `wait_status`: its exit code, or 128 + the signal
// that killed it, as shells report it.
int exit_status(int wait_status);

// `strings` as the null-terminated char* array posix_spawn() takes; `strings` must outlive it.
std::vector<char*> c_strings(std::vector<std::string>& strings);

// The file names (without folders) of `hits`.
std::set<std::string> file_names(const std::vector<Hit>& hits);

// Paths of the built programs.
std::string news_index_bin();
std::string news_search_bin();

}  // namespace news::testing
