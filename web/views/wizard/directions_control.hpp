#pragma once
#include "widgets/fields.hpp"

namespace sxpool::web {

// 主要服务方向: at most RoundSettings::maxDirections ticks (the others disabled, with a tooltip saying why),
// and the 其他 text.
void drawDirections(Form& form);

}  // namespace sxpool::web
