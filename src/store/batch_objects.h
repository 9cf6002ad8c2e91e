// BatchObjects: a libgit2 object database backend that holds the objects a batch writes in memory,
// in the order written, until they go to disk as one pack (pack_writer.h), and reads every other
// object from the store's own object database. Private to the store layer.
#pragma once

#include <git2.h>
#include <git2/sys/odb_backend.h>

#include <cstddef>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace revisor::store {

struct BatchObject {
  git_oid id{};
  git_object_t type = GIT_OBJECT_BLOB;
  std::string data;
};

class BatchObjects {
 public:
  // Makes the backend over `store` (not owned; it must outlive the backend), which answers reads of
  // objects the batch does not hold. git_odb_add_backend() hands the backend to an object database,
  // whose free() of it deletes it; until then the caller owns it. It is meant as the only backend of
  // a git_odb_new() database: libgit2 rescans the store's pack folder for every new object written
  // through a database holding the store's own backends. Existence is answered from the batch alone
  // (see exists() in the .cpp).
  static BatchObjects* create(git_odb* store);

  git_odb_backend* backend() { return &handle_.parent; }
  // In the order written; valid until clear().
  const std::vector<BatchObject>& objects() const { return objects_; }
  void clear();

  const BatchObject* find(const git_oid& id) const;
  git_odb* store() const { return store_; }
  void add(const git_oid& id, const void* data, std::size_t size, git_object_t type);

  // libgit2 sees only `parent`, the first member; `self` leads its callbacks back to this object.
  struct Handle {
    git_odb_backend parent;
    BatchObjects* self;
  };

 private:
  explicit BatchObjects(git_odb* store);

  struct OidHash {
    // An object id is already a uniform hash: its first bytes do.
    std::size_t operator()(const git_oid& id) const {
      std::size_t h;
      std::memcpy(&h, id.id, sizeof h);
      return h;
    }
  };
  struct OidEqual {
    bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b) != 0; }
  };

  git_odb* store_ = nullptr;
  Handle handle_{};
  std::vector<BatchObject> objects_;
  std::unordered_map<git_oid, std::size_t, OidHash, OidEqual> index_;
};

}  // namespace revisor::store
