#include "app/Startup.h"

#include "models/Database.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/Language.h"
#include "services/SecretStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// A sync that has not written a page for this long was left behind by a process that died
// (on another machine; dead processes on this one are found by pid).
// The heartbeat moves only when a page is written; searches and rate limits can go long without
// one, so the threshold sits well above the worst retry budget.
constexpr qint64 STALE_RUN_MS = 2 * 3600 * 1000;

} // namespace

namespace Startup {

Result<DatabaseConfig> resolveDatabase(const AppSettings &settings,
                                       const QString &urlOverride,
                                       SecretStore *secrets)
{
    DatabaseConfig config;
    if (!urlOverride.isEmpty()) {
        auto parsed = DatabaseConfig::fromUrl(urlOverride);
        if (!parsed) {
            Error e = parsed.error();
            e.code = u"args"_s;
            return e;
        }
        config = parsed.value();
    } else {
        config = settings.database();
    }
    if (config.isPostgres() && config.password.isEmpty()) {
        KeychainSecretStore keychain;
        SecretStore &store = secrets ? *secrets : keychain;
        auto password = store.read(config.passwordKeychainKey());
        if (password) {
            config.password = password.value();
        } else {
            config.password = qEnvironmentVariable("PGPASSWORD");
        }
    }
    return config;
}

Result<void> prepareDatabase(const DatabaseConfig &database)
{
    if (auto driver = Database::checkDriver(database); !driver) {
        return driver;
    }
    ScopedConnection connection(database, u"startup"_s, true);
    if (!connection.ok()) {
        return connection.error();
    }
    PulseStore store(connection.db());
    if (auto stale = store.failStaleRuns(STALE_RUN_MS); !stale) {
        return stale.error();
    }
    return {};
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(u"otxdesk"_s);
    QCoreApplication::setApplicationName(u"otxdesk"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    // The language chosen in Settings, else the system's.
    Language::install(AppSettings().language());
}

} // namespace Startup
