#include "sxpool/version.hpp"
