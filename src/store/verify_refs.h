// The walk behind ArticleStore::verify, over the refs it was given. Private to the store layer.
#pragma once

#include <git2.h>

#include <string>
#include <vector>

#include "revisor/store/verify.h"

namespace revisor::store {

// Verifies each ref (refs/articles/<id>) in the order given; never throws for damage it finds.
VerifyReport verify_refs(git_repository* repo, const std::vector<std::string>& refs,
                         const VerifyObserver& observer);

}  // namespace revisor::store
