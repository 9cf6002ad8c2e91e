// The batch pack: objects written through BatchObjects and packed by write_pack must be a pack that
// libgit2 and git itself read back byte for byte, and that `git fsck` and `git verify-pack` accept.
#include "store/pack_writer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "revisor/base/error.h"
#include "revisor/store/article_store.h"
#include "store/batch_objects.h"
#include "store/git_handles.h"
#include "support/shell_output.h"
#include "support/temp_dir.h"

using revisor::store::BatchObjects;
using revisor::store::OdbPtr;
using revisor::store::RepoPtr;
using revisor::test::TempDir;
using revisor::test::shell_output;

namespace {

namespace fs = std::filesystem;

// A blob larger than zlib's window and a size whose pack header needs several bytes.
std::string big_text() {
  std::string s;
  for (int i = 0; s.size() < 300'000; ++i) s += "Paragraph " + std::to_string(i) + " of a long article.\n";
  return s;
}

}  // namespace

TEST_CASE("write_pack: a batch's objects become a pack git reads back whole", "[store][pack]") {
  TempDir tmp;
  revisor::store::ArticleStore::init(tmp / "store");
  revisor::store::ensure_libgit2();
  git_repository* raw_repo = nullptr;
  REQUIRE(git_repository_open_bare(&raw_repo, (tmp / "store").c_str()) == 0);
  RepoPtr repo(raw_repo);
  git_odb* raw_odb = nullptr;
  REQUIRE(git_repository_odb(&raw_odb, repo.get()) == 0);
  OdbPtr store_odb(raw_odb);
  REQUIRE(git_odb_new(&raw_odb) == 0);
  OdbPtr batch_odb(raw_odb);
  BatchObjects* objects = BatchObjects::create(store_odb.get());
  REQUIRE(git_odb_add_backend(batch_odb.get(), objects->backend(), 1) == 0);

  // Written through libgit2's own calls, as the store writes versions.
  const std::vector<std::string> texts = {"", "short", big_text(), "short"};
  std::vector<git_oid> blobs;
  for (const auto& t : texts) {
    git_oid id;
    REQUIRE(git_odb_write(&id, batch_odb.get(), t.data(), t.size(), GIT_OBJECT_BLOB) == 0);
    blobs.push_back(id);
  }
  // The same text twice is one object.
  CHECK(objects->objects().size() == 3);
  CHECK(git_odb_exists(batch_odb.get(), &blobs[2]) == 1);

  const fs::path pack_dir = tmp / "store" / "objects" / "pack";
  const std::string name = revisor::store::write_pack(objects->objects(), pack_dir, 2);
  REQUIRE(name.rfind("pack-", 0) == 0);
  CHECK(fs::exists(pack_dir / (name + ".pack")));
  CHECK(fs::exists(pack_dir / (name + ".idx")));
  objects->clear();
  CHECK(objects->objects().empty());

  // Read back from the store alone, through libgit2 and through git.
  REQUIRE(git_odb_refresh(store_odb.get()) == 0);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    git_odb_object* raw = nullptr;
    REQUIRE(git_odb_read(&raw, store_odb.get(), &blobs[i]) == 0);
    const std::string back(static_cast<const char*>(git_odb_object_data(raw)), git_odb_object_size(raw));
    git_odb_object_free(raw);
    CHECK(back == texts[i]);
    // And through the batch database, which reads from the store once the batch is cleared.
    REQUIRE(git_odb_read(&raw, batch_odb.get(), &blobs[i]) == 0);
    CHECK(std::string(static_cast<const char*>(git_odb_object_data(raw)), git_odb_object_size(raw)) == texts[i]);
    git_odb_object_free(raw);
  }
  const std::string store = (tmp / "store").string();
  CHECK(shell_output("git -C '" + store + "' cat-file -p " + revisor::store::oid_hex(blobs[2])) == texts[2]);
  const std::string verified = shell_output("git verify-pack -v '" + (pack_dir / (name + ".idx")).string() + "'");
  CHECK(verified.find("non delta: 3 objects") != std::string::npos);
  shell_output("git -C '" + store + "' fsck --strict");

  // Nothing to write: no pack.
  CHECK(revisor::store::write_pack(objects->objects(), pack_dir, 2).empty());
}

TEST_CASE("write_pack: a folder that cannot take a pack is named in the error", "[store][pack]") {
  TempDir tmp;
  revisor::store::ensure_libgit2();
  std::vector<revisor::store::BatchObject> objects(1);
  objects[0].data = "text";
  REQUIRE(git_odb_hash(&objects[0].id, objects[0].data.data(), objects[0].data.size(), GIT_OBJECT_BLOB) == 0);
  const fs::path missing = tmp / "no-such-folder";
  try {
    revisor::store::write_pack(objects, missing, 1);
    FAIL("no error");
  } catch (const revisor::Error& e) {
    CHECK(std::string(e.what()).find(missing.string()) != std::string::npos);
  }
}
