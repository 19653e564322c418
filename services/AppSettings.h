#pragma once

#include "models/DatabaseConfig.h"

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

    /// Free-form UI state (geometry, column widths, filters), under "ui/".
    QVariant uiValue(const QString &key, const QVariant &fallback = {}) const;
    void setUiValue(const QString &key, const QVariant &value);

    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};
