// RAII owners for the libcurl handles the watch layer uses, and curl_ready(), the one
// curl_global_init of the process. Private to the watch layer.
#pragma once

#include <curl/curl.h>

#include <memory>

#include "revisor/base/c_handle.h"

namespace revisor::watch {

using CurlPtr = std::unique_ptr<CURL, CDeleter<curl_easy_cleanup>>;
using SlistPtr = std::unique_ptr<curl_slist, CDeleter<curl_slist_free_all>>;
using CurlUrlPtr = std::unique_ptr<CURLU, CDeleter<curl_url_cleanup>>;

// Initializes libcurl once per process (thread-safe); throws Error(internal) when it cannot.
void curl_ready();

// A string libcurl allocated (curl_url_get), freed with curl_free.
using CurlString = std::unique_ptr<char, CDeleter<curl_free>>;

}  // namespace revisor::watch
