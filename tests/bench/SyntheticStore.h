#pragma once

#include "models/DatabaseConfig.h"

#include <QString>

namespace SyntheticStore {

/// Writes SyntheticPulses::pulse(first … first + count − 1, perPulse) straight into the store
/// through PulseStore, as one sync run, without HTTP. Returns an empty string on success, else
/// what went wrong.
QString write(const DatabaseConfig &config, int first, int count, int perPulse);

} // namespace SyntheticStore
