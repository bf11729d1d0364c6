#pragma once
// A MaterialsPort for screens that never upload: every call does nothing, every status is empty.
#include <cstdint>

#include "platform/materials_port.hpp"

namespace sxpool::web::testing {

class NoMaterials final : public MaterialsPort {
 public:
  void pickFile(MaterialKind) override {}
  void cancel(MaterialKind) override {}
  void retry(MaterialKind) override {}
  void remove(MaterialKind) override {}
  void preview(MaterialKind) override {}
  UploadStatus status(MaterialKind) const override { return {}; }
  std::int64_t maxFileBytes() const override { return 1 << 20; }
};

}  // namespace sxpool::web::testing
