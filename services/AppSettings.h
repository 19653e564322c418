#pragma once

#include "models/DatabaseConfig.h"
#include "services/MispMapping.h"
#include "services/Scheduler.h"

#include <QSettings>
#include <QUrl>

#include <optional>

/// The app's preferences in QSettings. Holds no secret: keys and passwords live in the
/// SecretStore.
class AppSettings
{
public:
    AppSettings();
    /// For tests: settings in an explicit file.
    explicit AppSettings(const QString &iniPath);

    QUrl otxBaseUrl() const;
    void setOtxBaseUrl(const QUrl &url);

    /// The database chosen in Settings; the Postgres password is not part of it.
    DatabaseConfig database() const;
    void setDatabase(const DatabaseConfig &config);

    int pageSize() const;
    void setPageSize(int pulses);

    /// Days the first subscribed sync reaches back; nothing means everything.
    std::optional<int> firstSyncLookbackDays() const;
    void setFirstSyncLookbackDays(std::optional<int> days);

    /// The MISP server; empty until the analyst sets one.
    QUrl mispBaseUrl() const;
    void setMispBaseUrl(const QUrl &url);
    /// TLS verification for one MISP server; on unless turned off for that server.
    bool mispVerifyTls(const QUrl &server) const;
    void setMispVerifyTls(const QUrl &server, bool verify);

    MispEventSettings mispEventSettings() const;
    void setMispEventSettings(const MispEventSettings &event);

    /// Attributes per MISP request.
    int mispBatchSize() const;
    void setMispBatchSize(int attributes);

    /// The scheduler's jobs with their times and on/off (defaults: sync 09:00 and 21:00,
    /// enrich 03:00, export 04:00, reset of the keys' usage 00:00; all on, catching up).
    QList<ScheduledJob> scheduledJobs() const;
    /// Whether the scheduler runs at all while the window is open (default on).
    bool schedulerActive() const;
    void setSchedulerActive(bool active);
    void setScheduledJob(const ScheduledJob &job);
    /// Indicators a scheduled enrichment takes (default 200), pulses a scheduled export takes
    /// (default 20).
    int scheduledEnrichCount() const;
    void setScheduledEnrichCount(int indicators);
    int scheduledExportCount() const;
    void setScheduledExportCount(int pulses);
    /// The scheduler's time zone: the one chosen, else the system's.
    QTimeZone scheduleTimeZone() const;
    /// The zone chosen in Settings; empty for the system's.
    QByteArray scheduleTimeZoneId() const;
    void setScheduleTimeZone(const QByteArray &ianaId);
    /// When the scheduler last looked at the clock (to catch up what was due while closed).
    std::optional<qint64> schedulerLastSeen() const;
    void setSchedulerLastSeen(qint64 ms);

    /// How this desktop names itself to others sharing the database (who ran a scheduled
    /// job): the name set, else "user@host".
    QString desktopName() const;
    void setDesktopName(const QString &name);
    /// This installation's lasting id for team mode, made on first use (names may repeat).
    QString desktopId();

    /// The interface language chosen in Settings ("pt_BR", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    /// An indicator enriched within this many days is not fetched again (default 7).
    int enrichFreshnessDays() const;
    void setEnrichFreshnessDays(int days);

    /// misp-galaxy data for ATT&CK and threat-actor tags: the folder set in Settings, else
    /// $OTXDESK_GALAXY_DIR, else `galaxy` in the app's data folder when it exists.
    QString galaxyFolder() const;
    void setGalaxyFolder(const QString &folder);

    /// Free-form UI state (geometry, column widths, filters), under "ui/".
    QVariant uiValue(const QString &key, const QVariant &fallback = {}) const;
    void setUiValue(const QString &key, const QVariant &value);

    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};
