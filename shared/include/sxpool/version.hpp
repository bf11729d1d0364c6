#pragma once
#include <string_view>

namespace sxpool {
// 系统名称与版本：服务器的健康检查与浏览器首屏共用。
inline constexpr std::string_view kSystemName = "山西省优质中小企业服务资源库";
inline constexpr std::string_view kVersion = "0.1.0";
}  // namespace sxpool
