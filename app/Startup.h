#pragma once

#include "models/DatabaseConfig.h"
#include "models/Result.h"

class AppSettings;
class SecretStore;

/// What the window and the command line both do before any job starts.
namespace Startup {

/// The database to use: `urlOverride` when given (Error code "args" when it does not parse),
/// else the one in Settings. A Postgres password missing from the URL comes from the keychain,
/// then from PGPASSWORD.
Result<DatabaseConfig> resolveDatabase(const AppSettings &settings,
                                       const QString &urlOverride,
                                       SecretStore *secrets = nullptr);

/// Checks the driver, connects, runs migrations and closes syncs a dead process left open.
/// A missing driver or an unreachable server is reported here, before any job starts.
Result<void> prepareDatabase(const DatabaseConfig &database);

/// Sets the application name, organisation and version, and loads the translation for the
/// user's locale.
void setUpApplication();

} // namespace Startup
