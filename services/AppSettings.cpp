#include "services/AppSettings.h"

#include "models/MispExportStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

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
const QString MISP_URL = u"misp/baseUrl"_s;
const QString MISP_TLS_OFF = u"misp/tlsVerificationOffFor"_s;
const QString MISP_DISTRIBUTION = u"misp/distribution"_s;
const QString MISP_THREAT_LEVEL = u"misp/threatLevel"_s;
const QString MISP_ANALYSIS = u"misp/analysis"_s;
const QString MISP_WHITE_TAG = u"misp/whiteTag"_s;
const QString MISP_DEFAULT_TLP = u"misp/defaultTlp"_s;
const QString MISP_PULSE_TAGS = u"misp/pulseTags"_s;
const QString MISP_SOURCE_TAG = u"misp/sourceTag"_s;
const QString MISP_BATCH = u"misp/batchSize"_s;
const QString ENRICH_FRESHNESS = u"enrichment/freshnessDays"_s;
const QString GALAXY_FOLDER = u"misp/galaxyFolder"_s;

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

QUrl AppSettings::mispBaseUrl() const
{
    return QUrl(m_settings.value(MISP_URL).toString());
}

void AppSettings::setMispBaseUrl(const QUrl &url)
{
    m_settings.setValue(MISP_URL, url.toString());
}

bool AppSettings::mispVerifyTls(const QUrl &server) const
{
    const QStringList off = m_settings.value(MISP_TLS_OFF).toStringList();
    return !off.contains(MispExportStore::serverKey(server.toString()));
}

void AppSettings::setMispVerifyTls(const QUrl &server, bool verify)
{
    QStringList off = m_settings.value(MISP_TLS_OFF).toStringList();
    const QString key = MispExportStore::serverKey(server.toString());
    off.removeAll(key);
    if (!verify) {
        off.append(key);
    }
    m_settings.setValue(MISP_TLS_OFF, off);
}

MispEventSettings AppSettings::mispEventSettings() const
{
    MispEventSettings e;
    e.distribution = std::clamp(m_settings.value(MISP_DISTRIBUTION, e.distribution).toInt(), 0, 3);
    e.threatLevel = std::clamp(m_settings.value(MISP_THREAT_LEVEL, e.threatLevel).toInt(), 1, 4);
    e.analysis = std::clamp(m_settings.value(MISP_ANALYSIS, e.analysis).toInt(), 0, 2);
    const QString white = m_settings.value(MISP_WHITE_TAG, e.whiteTag).toString();
    e.whiteTag = white == u"tlp:white"_s ? white : u"tlp:clear"_s;
    const QString fallback = m_settings.value(MISP_DEFAULT_TLP, e.defaultTlp).toString();
    static const QStringList tlps = {u"tlp:clear"_s,
                                     u"tlp:white"_s,
                                     u"tlp:green"_s,
                                     u"tlp:amber"_s,
                                     u"tlp:amber+strict"_s,
                                     u"tlp:red"_s};
    e.defaultTlp = tlps.contains(fallback) ? fallback : u"tlp:amber"_s;
    e.pulseTags = m_settings.value(MISP_PULSE_TAGS, e.pulseTags).toBool();
    e.sourceTag = m_settings.value(MISP_SOURCE_TAG, e.sourceTag).toString().trimmed();
    return e;
}

void AppSettings::setMispEventSettings(const MispEventSettings &e)
{
    m_settings.setValue(MISP_DISTRIBUTION, e.distribution);
    m_settings.setValue(MISP_THREAT_LEVEL, e.threatLevel);
    m_settings.setValue(MISP_ANALYSIS, e.analysis);
    m_settings.setValue(MISP_WHITE_TAG, e.whiteTag);
    m_settings.setValue(MISP_DEFAULT_TLP, e.defaultTlp);
    m_settings.setValue(MISP_PULSE_TAGS, e.pulseTags);
    m_settings.setValue(MISP_SOURCE_TAG, e.sourceTag);
}

int AppSettings::mispBatchSize() const
{
    return std::clamp(m_settings.value(MISP_BATCH, 2000).toInt(), 1, 10000);
}

void AppSettings::setMispBatchSize(int attributes)
{
    m_settings.setValue(MISP_BATCH, attributes);
}

QList<ScheduledJob> AppSettings::scheduledJobs() const
{
    const QList<ScheduledJob> defaults = {
            {u"sync"_s, {QTime(9, 0), QTime(21, 0)}, true, true},
            {u"enrich"_s, {QTime(3, 0)}, true, true},
            {u"export"_s, {QTime(4, 0)}, true, true},
            {u"reset-usage"_s, {QTime(0, 0)}, true, true},
    };
    QList<ScheduledJob> jobs;
    for (ScheduledJob job : defaults) {
        const QString group = u"schedule/"_s + job.id + u'/';
        job.enabled = m_settings.value(group + u"enabled"_s, job.enabled).toBool();
        job.catchUp = m_settings.value(group + u"catchUp"_s, job.catchUp).toBool();
        if (m_settings.contains(group + u"times"_s)) {
            QList<QTime> times;
            for (const QString &t : m_settings.value(group + u"times"_s).toStringList()) {
                QTime time = QTime::fromString(t.trimmed(), u"HH:mm"_s);
                if (!time.isValid()) {
                    time = QTime::fromString(t.trimmed(), u"HH:mm:ss"_s);
                }
                if (time.isValid()) {
                    times.append(time);
                }
            }
            if (!times.isEmpty()) {
                job.times = times;
            }
        }
        jobs.append(job);
    }
    return jobs;
}

bool AppSettings::schedulerActive() const
{
    return m_settings.value(u"schedule/active"_s, true).toBool();
}

void AppSettings::setSchedulerActive(bool active)
{
    m_settings.setValue(u"schedule/active"_s, active);
}

void AppSettings::setScheduledJob(const ScheduledJob &job)
{
    const QString group = u"schedule/"_s + job.id + u'/';
    m_settings.setValue(group + u"enabled"_s, job.enabled);
    m_settings.setValue(group + u"catchUp"_s, job.catchUp);
    QStringList times;
    for (const QTime &t : job.times) {
        times.append(t.toString(t.second() == 0 ? u"HH:mm"_s : u"HH:mm:ss"_s));
    }
    m_settings.setValue(group + u"times"_s, times);
}

int AppSettings::scheduledEnrichCount() const
{
    return std::clamp(m_settings.value(u"schedule/enrich/count"_s, 200).toInt(), 1, 1000000);
}

void AppSettings::setScheduledEnrichCount(int indicators)
{
    m_settings.setValue(u"schedule/enrich/count"_s, indicators);
}

int AppSettings::scheduledExportCount() const
{
    return std::clamp(m_settings.value(u"schedule/export/count"_s, 20).toInt(), 1, 100000);
}

void AppSettings::setScheduledExportCount(int pulses)
{
    m_settings.setValue(u"schedule/export/count"_s, pulses);
}

QByteArray AppSettings::scheduleTimeZoneId() const
{
    return m_settings.value(u"schedule/timeZone"_s).toByteArray();
}

QTimeZone AppSettings::scheduleTimeZone() const
{
    const QByteArray id = scheduleTimeZoneId();
    const QTimeZone chosen(id);
    return !id.isEmpty() && chosen.isValid() ? chosen : QTimeZone::systemTimeZone();
}

void AppSettings::setScheduleTimeZone(const QByteArray &ianaId)
{
    m_settings.setValue(u"schedule/timeZone"_s, ianaId);
}

std::optional<qint64> AppSettings::schedulerLastSeen() const
{
    const QVariant v = m_settings.value(u"schedule/lastSeen"_s);
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}

void AppSettings::setSchedulerLastSeen(qint64 ms)
{
    m_settings.setValue(u"schedule/lastSeen"_s, ms);
}

QString AppSettings::desktopName() const
{
    const QString chosen = m_settings.value(u"team/desktopName"_s).toString().trimmed();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME", u"analyst"_s);
    }
    return u"%1@%2"_s.arg(user, QSysInfo::machineHostName());
}

void AppSettings::setDesktopName(const QString &name)
{
    m_settings.setValue(u"team/desktopName"_s, name.trimmed());
}

QString AppSettings::desktopId()
{
    QString id = m_settings.value(u"team/desktopId"_s).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.setValue(u"team/desktopId"_s, id);
    }
    return id;
}

QString AppSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(u"ui/language"_s, language);
}

int AppSettings::enrichFreshnessDays() const
{
    return std::clamp(m_settings.value(ENRICH_FRESHNESS, 7).toInt(), 0, 3650);
}

void AppSettings::setEnrichFreshnessDays(int days)
{
    m_settings.setValue(ENRICH_FRESHNESS, days);
}

QString AppSettings::galaxyFolder() const
{
    const QString chosen = m_settings.value(GALAXY_FOLDER).toString();
    if (!chosen.isEmpty()) {
        return chosen;
    }
    const QString fromEnv = qEnvironmentVariable("OTXDESK_GALAXY_DIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    const QString data =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/galaxy"_s;
    return QDir(data).exists() ? data : QString();
}

void AppSettings::setGalaxyFolder(const QString &folder)
{
    if (folder.isEmpty()) {
        m_settings.remove(GALAXY_FOLDER);
    } else {
        m_settings.setValue(GALAXY_FOLDER, folder);
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
