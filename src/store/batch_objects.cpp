#include "store/batch_objects.h"

#include <memory>
#include <new>

#include "revisor/base/c_handle.h"

namespace revisor::store {
namespace {

BatchObjects& self(git_odb_backend* backend) {
  return *reinterpret_cast<BatchObjects::Handle*>(backend)->self;
}

using OdbObjectPtr = std::unique_ptr<git_odb_object, CDeleter<git_odb_object_free>>;

int copy_out(void** out, std::size_t* size, git_object_t* type, git_odb_backend* backend, const void* data,
             std::size_t length, git_object_t kind) {
  void* buf = git_odb_backend_data_alloc(backend, length);
  if (!buf && length != 0) return GIT_ERROR;
  if (length != 0) std::memcpy(buf, data, length);
  *out = buf;
  *size = length;
  *type = kind;
  return 0;
}

int read_object(void** out, std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id) {
  BatchObjects& objects = self(backend);
  if (const BatchObject* obj = objects.find(*id))
    return copy_out(out, size, type, backend, obj->data.data(), obj->data.size(), obj->type);
  git_odb_object* raw = nullptr;
  const int rc = git_odb_read(&raw, objects.store(), id);
  OdbObjectPtr obj(raw);
  if (rc < 0) return rc;
  return copy_out(out, size, type, backend, git_odb_object_data(obj.get()), git_odb_object_size(obj.get()),
                  git_odb_object_type(obj.get()));
}

int read_header(std::size_t* size, git_object_t* type, git_odb_backend* backend, const git_oid* id) {
  BatchObjects& objects = self(backend);
  if (const BatchObject* obj = objects.find(*id)) {
    *size = obj->data.size();
    *type = obj->type;
    return 0;
  }
  return git_odb_read_header(size, type, objects.store(), id);
}

int write_object(git_odb_backend* backend, const git_oid* id, const void* data, std::size_t size,
                 git_object_t type) {
  try {
    self(backend).add(*id, data, size, type);
    return 0;
  } catch (const std::bad_alloc&) {
    return GIT_ERROR;
  }
}

// Only the batch's own objects: libgit2 asks before every write whether the object exists, and the
// store's answer costs a search of every pack (one per batch written so far, a thousand after a
// million versions). Versions already stored never reach a write (ingest compares text ids first),
// so the rare object written again (a text that returns to an older wording) costs a few bytes in
// this batch's pack until gc, never correctness.
int exists(git_odb_backend* backend, const git_oid* id) { return self(backend).find(*id) != nullptr; }

void free_backend(git_odb_backend* backend) { delete &self(backend); }

}  // namespace

BatchObjects::BatchObjects(git_odb* store) : store_(store) {
  git_odb_init_backend(&handle_.parent, GIT_ODB_BACKEND_VERSION);
  handle_.self = this;
  handle_.parent.read = read_object;
  handle_.parent.read_header = read_header;
  handle_.parent.write = write_object;
  handle_.parent.exists = exists;
  handle_.parent.free = free_backend;
}

BatchObjects* BatchObjects::create(git_odb* store) { return new BatchObjects(store); }

void BatchObjects::clear() {
  objects_.clear();
  index_.clear();
}

const BatchObject* BatchObjects::find(const git_oid& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &objects_[it->second];
}

void BatchObjects::add(const git_oid& id, const void* data, std::size_t size, git_object_t type) {
  if (index_.count(id)) return;
  objects_.push_back({id, type, std::string(static_cast<const char*>(data), size)});
  index_.emplace(id, objects_.size() - 1);
}

}  // namespace revisor::store
