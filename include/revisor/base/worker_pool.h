// for_each_index: spreads the indices [0, count) over a few threads, each taking the next free index
// when it is ready, and stops them all at the first error, which reaches the caller.
#pragma once

#include <cstddef>
#include <functional>

namespace revisor {

// What one worker does with each index it takes.
using IndexWork = std::function<void(std::size_t index)>;

// Calls start_worker() once on each of up to `threads` threads (the calling thread is one of them,
// `threads` 0 counts as 1, and no more threads than indices are used), then the IndexWork it
// returned for each index that thread takes, until every index in [0, count) was taken exactly
// once. Per-thread state, such as a handle that is not thread-safe, lives in what start_worker
// returns. After the first exception from start_worker or a work call no further index is started;
// the calls already running finish and that first exception is rethrown here once every thread has
// ended. Returns at once for count 0. Not reentrant from inside work.
void for_each_index(std::size_t count, std::size_t threads, const std::function<IndexWork()>& start_worker);

// The same with one `work` shared by every thread, which must be safe to call concurrently.
void for_each_index(std::size_t count, std::size_t threads, const IndexWork& work);

// The cores this machine offers, at least 1 (where the standard library cannot tell): how many
// threads work that keeps every core busy starts.
std::size_t core_count();

}  // namespace revisor
