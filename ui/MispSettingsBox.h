#pragma once

#include "models/Result.h"

#include <QGroupBox>
#include <QUrl>

#include <memory>

class AppSettings;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThreadPool;
class SecretStore;

/// The MISP part of Settings: server, key, TLS verification (per server, shown plainly when
/// off), Test connection, how events are written, and the galaxy data for ATT&CK tags.
class MispSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    MispSettingsBox(AppSettings &settings,
                    SecretStore &secrets,
                    std::shared_ptr<SecretStore> sessionSecrets,
                    QThreadPool &pool,
                    QWidget *parent = nullptr);

    /// Puts the saved settings in the form.
    void reload();
    /// Checks the form; an error names what to fix.
    Result<void> validate() const;
    /// Writes the form to the settings (not the key).
    void apply();
    /// The key typed in the form, cleared from it; empty when none was typed.
    QString takeKey();
    /// The server address in the form (may be invalid).
    QUrl serverUrl() const;

public slots:
    /// Connects to the server in the form with the typed or stored key, on the pool.
    void testConnection();
    void refreshKeyStatus();

private:
    void updateTlsWarning();
    void updateGalaxyStatus();
    void setStatus(QLabel *label, const QString &text, bool problem);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    std::shared_ptr<SecretStore> m_sessionSecrets;
    QThreadPool &m_pool;

    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLabel *m_tlsWarning = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testStatus = nullptr;
    QComboBox *m_distribution = nullptr;
    QComboBox *m_threatLevel = nullptr;
    QComboBox *m_analysis = nullptr;
    QComboBox *m_whiteTag = nullptr;
    QComboBox *m_defaultTlp = nullptr;
    QCheckBox *m_pulseTags = nullptr;
    QLineEdit *m_sourceTag = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QLineEdit *m_galaxyFolder = nullptr;
    QLabel *m_galaxyStatus = nullptr;
};
