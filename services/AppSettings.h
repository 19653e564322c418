#pragma once

#include "models/DatabaseConfig.h"
#include "services/MispMapping.h"

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
