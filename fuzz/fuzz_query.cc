// libFuzzer target: query handling. A small database is built once in a temporary folder
// with the real index writer; every input is a query (also tried as a page of --json-like
// requests sorted by date). news::Error is an answer (exit 2 in news-search); anything
// else is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "news/error.h"
#include "news/index_writer.h"
#include "news/searcher.h"

namespace fs = std::filesystem;

namespace {

std::unique_ptr<news::Searcher> searcher;
fs::path workdir;

void cleanup() {
  searcher.reset();
  std::error_code ec;
  fs::remove_all(workdir, ec);
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  workdir = fs::temp_directory_path() / ("news-fuzz-query-" + std::to_string(::getpid()));
  fs::create_directories(workdir / "corpus");
  write(workdir / "corpus" / "a.txt",
        "Talks on security guarantees stall\n\nDecember 17, 2021\n\n\"We will not yield,\" "
        "Jens Stoltenberg said on Friday about the security guarantees.\n");
  write(workdir / "corpus" / "b.html",
        "<html><head><title>Harbour reopens | Coast News</title><meta property=og:site_name "
        "content=\"Coast News\"><link rel=canonical href=\"https://www.coast.example/a\">"
        "</head><body><h1>Harbour reopens</h1><p>January 9, 2022</p><p>\"It is open,\" "
        "Anna Berg said.</p></body></html>");
  write(workdir / "corpus" / "c.md", "# Fishing quotas agreed\n\nThe fishing fleet welcomed "
                                     "the quotas, Sergei Ryabkov said.\n");
  news::IndexOptions options;
  options.db_path = workdir / "db";
  news::index_paths({workdir / "corpus"}, options);
  searcher = std::make_unique<news::Searcher>(options.db_path);
  std::atexit(cleanup);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  news::SearchRequest request;
  request.query.assign(reinterpret_cast<const char*>(data), size);
  request.limit = 5;
  try {
    searcher->search(request);
    request.sort = news::SortOrder::kOldest;
    request.offset = 1;
    searcher->search(request);
  } catch (const news::Error&) {
    // A query that cannot be answered: news-search says so and exits 2.
  }
  return 0;
}
