#include "store/pack_writer.h"

#include <fcntl.h>
#include <fmt/core.h>
#include <openssl/evp.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "revisor/base/c_handle.h"
#include "revisor/base/error.h"
#include "revisor/base/worker_pool.h"
#include "store/git_handles.h"

namespace revisor::store {
namespace {

namespace fs = std::filesystem;

using IndexerPtr = std::unique_ptr<git_indexer, CDeleter<git_indexer_free>>;
using DigestPtr = std::unique_ptr<EVP_MD_CTX, CDeleter<EVP_MD_CTX_free>>;

// Handed to the indexer in pieces of about this size, so a batch is never held twice in full.
constexpr std::size_t kChunk = std::size_t{8} << 20;

// A pack is durable only once its bytes and its name in the directory are on disk; refs must not
// point into it before.
void sync_path(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    throw Error(ErrorKind::store, fmt::format("{}: cannot flush to disk: {}", path.string(), std::strerror(err)));
  }
  ::close(fd);
}

// An entry's header: its type and inflated size, seven bits at a time after the first four.
void append_entry_header(std::string& out, git_object_t type, std::size_t size) {
  unsigned char byte = static_cast<unsigned char>((static_cast<unsigned>(type) << 4) | (size & 0x0f));
  size >>= 4;
  while (size != 0) {
    out.push_back(static_cast<char>(byte | 0x80));
    byte = static_cast<unsigned char>(size & 0x7f);
    size >>= 7;
  }
  out.push_back(static_cast<char>(byte));
}

void append_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xff));
}

// One object's entry: header and zlib stream. Level 1: the batch pack is a staging area that gc
// rewrites, so speed matters more here than the last bytes.
std::string pack_entry(const BatchObject& obj) {
  std::string out;
  append_entry_header(out, obj.type, obj.data.size());
  const std::size_t header = out.size();
  uLongf bound = compressBound(static_cast<uLong>(obj.data.size()));
  out.resize(header + bound);
  const int rc = compress2(reinterpret_cast<Bytef*>(out.data() + header), &bound,
                           reinterpret_cast<const Bytef*>(obj.data.data()), static_cast<uLong>(obj.data.size()),
                           Z_BEST_SPEED);
  if (rc != Z_OK) throw Error(ErrorKind::store, fmt::format("compressing object {}: zlib error {}", oid_hex(obj.id), rc));
  out.resize(header + bound);
  return out;
}

class PackStream {
 public:
  PackStream(const fs::path& pack_dir, git_odb* odb) : dir_(pack_dir), digest_(EVP_MD_CTX_new()) {
    // libgit2 1.5's git_indexer_new leaks when it cannot create its file: fail before it for the
    // likeliest cause, a folder that is gone.
    std::error_code ec;
    if (!fs::is_directory(pack_dir, ec))
      throw Error(ErrorKind::store, fmt::format("writing a pack in {}: the folder is missing", pack_dir.string()));
    git_indexer_options opts = GIT_INDEXER_OPTIONS_INIT;
    git_indexer* raw = nullptr;
    const int rc = git_indexer_new(&raw, pack_dir.c_str(), 0, odb, &opts);
    indexer_.reset(raw);
    git_check(rc, fmt::format("starting a pack in {}", pack_dir.string()));
    if (!digest_ || EVP_DigestInit_ex(digest_.get(), EVP_sha1(), nullptr) != 1)
      throw Error(ErrorKind::store, "starting the pack's SHA-1");
  }

  void put(const std::string& bytes) {
    if (EVP_DigestUpdate(digest_.get(), bytes.data(), bytes.size()) != 1)
      throw Error(ErrorKind::store, "computing the pack's SHA-1");
    pending_ += bytes;
    if (pending_.size() >= kChunk) flush();
  }

  std::string finish() {
    unsigned char sha[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(digest_.get(), sha, &len) != 1 || len != GIT_OID_RAWSZ)
      throw Error(ErrorKind::store, "computing the pack's SHA-1");
    pending_.append(reinterpret_cast<const char*>(sha), len);
    flush();
    git_check(git_indexer_commit(indexer_.get(), &stats_), fmt::format("writing a pack in {}", dir_.string()));
    return fmt::format("pack-{}", git_indexer_name(indexer_.get()));
  }

 private:
  void flush() {
    git_check(git_indexer_append(indexer_.get(), pending_.data(), pending_.size(), &stats_),
              fmt::format("writing a pack in {}", dir_.string()));
    pending_.clear();
  }

  fs::path dir_;
  IndexerPtr indexer_;
  DigestPtr digest_;
  git_indexer_progress stats_{};
  std::string pending_;
};

}  // namespace

std::string write_pack(const std::vector<BatchObject>& objects, const fs::path& pack_dir, git_odb* odb,
                       std::size_t threads) {
  if (objects.empty()) return {};
  if (objects.size() > 0xffffffffu) throw Error(ErrorKind::store, "too many objects for one pack");
  PackStream pack(pack_dir, odb);
  std::string header = "PACK";
  append_u32(header, 2);
  append_u32(header, static_cast<std::uint32_t>(objects.size()));
  pack.put(header);
  // Compressed a slice at a time on every thread, then streamed in write order.
  constexpr std::size_t kSlice = 256;
  std::vector<std::string> entries;
  for (std::size_t first = 0; first < objects.size(); first += kSlice) {
    const std::size_t count = std::min(kSlice, objects.size() - first);
    entries.assign(count, {});
    for_each_index(count, threads, [&](std::size_t k) { entries[k] = pack_entry(objects[first + k]); });
    for (const std::string& e : entries) pack.put(e);
  }
  const std::string name = pack.finish();
  sync_path(pack_dir / (name + ".pack"));
  sync_path(pack_dir / (name + ".idx"));
  sync_path(pack_dir);
  return name;
}

}  // namespace revisor::store
