#include "services/AppSettings.h"

using namespace Qt::StringLiterals;

namespace {

const QString OTX_URL = u"otx/baseUrl"_s;
const QString PAGE_SIZE = u"otx/pageSize"_s;
const QString LOOKBACK = u"otx/firstSyncLookbackDays"_s;
const QString DB_ENGINE = u"database/engine"_s;
const QString DB_PATH = u"database/sqlitePath"_s;
const QString DB_HOST = u"database/host"_s;
const QString DB_PORT = u"database/port"_s;
const QString DB_NAME = u"database/name"_s;
const QString DB_USER = u"database/user"_s;
const QString DB_SSL = u"database/sslMode"_s;

} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{
}

QUrl AppSettings::otxBaseUrl() const
{
    const QUrl url(m_settings.value(OTX_URL, u"https://otx.alienvault.com"_s).toString());
    return url.isValid() ? url : QUrl(u"https://otx.alienvault.com"_s);
}

void AppSettings::setOtxBaseUrl(const QUrl &url)
{
    m_settings.setValue(OTX_URL, url.toString());
}

DatabaseConfig AppSettings::database() const
{
    DatabaseConfig config;
    config.engine = m_settings.value(DB_ENGINE).toString() == u"postgres"_s
                            ? DatabaseConfig::Engine::Postgres
                            : DatabaseConfig::Engine::Sqlite;
    config.sqlitePath = m_settings.value(DB_PATH).toString();
    if (config.sqlitePath.isEmpty()) {
        config.sqlitePath = DatabaseConfig::defaultSqlitePath();
    }
    config.host = m_settings.value(DB_HOST, config.host).toString();
    config.port = m_settings.value(DB_PORT, config.port).toInt();
    config.database = m_settings.value(DB_NAME, config.database).toString();
    config.user = m_settings.value(DB_USER, config.user).toString();
    config.sslMode = m_settings.value(DB_SSL, config.sslMode).toString();
    return config;
}

void AppSettings::setDatabase(const DatabaseConfig &config)
{
    m_settings.setValue(DB_ENGINE, config.isPostgres() ? u"postgres"_s : u"sqlite"_s);
    m_settings.setValue(DB_PATH, config.sqlitePath);
    m_settings.setValue(DB_HOST, config.host);
    m_settings.setValue(DB_PORT, config.port);
    m_settings.setValue(DB_NAME, config.database);
    m_settings.setValue(DB_USER, config.user);
    m_settings.setValue(DB_SSL, config.sslMode);
    // The password is deliberately not written: it lives in the keychain.
}

int AppSettings::pageSize() const
{
    return std::clamp(m_settings.value(PAGE_SIZE, 20).toInt(), 1, 500);
}

void AppSettings::setPageSize(int pulses)
{
    m_settings.setValue(PAGE_SIZE, pulses);
}

std::optional<int> AppSettings::firstSyncLookbackDays() const
{
    const QVariant v = m_settings.value(LOOKBACK);
    if (!v.isValid() || v.toInt() <= 0) {
        return std::nullopt;
    }
    return v.toInt();
}

void AppSettings::setFirstSyncLookbackDays(std::optional<int> days)
{
    if (days && *days > 0) {
        m_settings.setValue(LOOKBACK, *days);
    } else {
        m_settings.remove(LOOKBACK);
    }
}

QVariant AppSettings::uiValue(const QString &key, const QVariant &fallback) const
{
    return m_settings.value(u"ui/"_s + key, fallback);
}

void AppSettings::setUiValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(u"ui/"_s + key, value);
}
