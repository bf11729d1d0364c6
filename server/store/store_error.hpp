#pragma once
#include <stdexcept>

namespace sxpool::store {

// A failure of the database or the attachment files (the message is Chinese, for the log and the operator).
struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The file system holding the data directory is full (SQLITE_FULL, or ENOSPC / EDQUOT writing a file): nothing of
// the failed write was kept, and the same request succeeds once space is freed. Routes answer 507.
struct StorageFull : StoreError {
  using StoreError::StoreError;
};

// Another process holds the database's write lock for longer than the wait (an open sqlite3 shell, …): nothing
// was written; the request may be repeated later. Routes answer 503.
struct StorageBusy : StoreError {
  using StoreError::StoreError;
};

// A write inside a savepoint failed and SQLite rolled the whole enclosing transaction back: the writes before it
// in that transaction are gone too, so the transaction must not go on.
struct TransactionLost : StoreError {
  using StoreError::StoreError;
};

// Whether `error` (an errno) means the disk or the quota is full.
bool isNoSpace(int error);

}  // namespace sxpool::store
