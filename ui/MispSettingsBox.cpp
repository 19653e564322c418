#include "ui/MispSettingsBox.h"

#include "models/Colors.h"
#include "services/AppSettings.h"
#include "services/MispClient.h"
#include "services/MispMapping.h"
#include "services/SecretStore.h"
#include "ui/Logging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

struct KeyStatus
{
    bool found = false;
    bool session = false;
    Error error;
};

// On the pool: the keychain may take seconds.
Result<QString> storedKey(SecretStore *secrets, const std::shared_ptr<SecretStore> &session)
{
    if (auto key = session->read(SecretKeys::MispApiKey); key && !key.value().isEmpty()) {
        return key.value();
    }
    return secrets->read(SecretKeys::MispApiKey);
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
           && !url.host().isEmpty();
}

} // namespace

MispSettingsBox::MispSettingsBox(AppSettings &settings,
                                 SecretStore &secrets,
                                 std::shared_ptr<SecretStore> sessionSecrets,
                                 QThreadPool &pool,
                                 QWidget *parent)
    : QGroupBox(tr("MISP"), parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(std::move(sessionSecrets))
    , m_pool(pool)
{
    setObjectName(u"mispSettingsBox"_s);
    auto *form = new QFormLayout(this);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"mispUrlEdit"_s);
    m_url->setPlaceholderText(u"https://misp.example.org"_s);
    form->addRow(tr("Ser&ver URL:"), m_url);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"mispKeyEdit"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste a key to save or replace it"));
    m_key->setToolTip(tr("A MISP auth key (in MISP: your profile, Auth keys). It is kept in the "
                         "OS keychain, never in a file."));
    form->addRow(tr("API ke&y:"), m_key);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(u"mispKeyStatusLabel"_s);
    m_keyStatus->setWordWrap(true);
    form->addRow(QString(), m_keyStatus);
    m_verifyTls = new QCheckBox(tr("Verify the server's TLS &certificate"), this);
    m_verifyTls->setObjectName(u"mispVerifyTlsCheck"_s);
    m_verifyTls->setToolTip(tr("Turn off only for a server with a self-signed certificate on a "
                               "network you trust. The choice is kept for this server only."));
    form->addRow(QString(), m_verifyTls);
    m_tlsWarning = new QLabel(this);
    m_tlsWarning->setObjectName(u"mispTlsWarningLabel"_s);
    m_tlsWarning->setWordWrap(true);
    form->addRow(QString(), m_tlsWarning);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test MISP co&nnection"), this);
    m_testButton->setObjectName(u"mispTestButton"_s);
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(u"mispTestStatusLabel"_s);
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_testStatus);

    m_distribution = new QComboBox(this);
    m_distribution->setObjectName(u"mispDistributionCombo"_s);
    m_distribution->addItem(tr("Your organisation only"), 0);
    m_distribution->addItem(tr("This community only"), 1);
    m_distribution->addItem(tr("Connected communities"), 2);
    m_distribution->addItem(tr("All communities"), 3);
    form->addRow(tr("&Distribution:"), m_distribution);
    m_threatLevel = new QComboBox(this);
    m_threatLevel->setObjectName(u"mispThreatLevelCombo"_s);
    m_threatLevel->addItem(tr("High"), 1);
    m_threatLevel->addItem(tr("Medium"), 2);
    m_threatLevel->addItem(tr("Low"), 3);
    m_threatLevel->addItem(tr("Undefined"), 4);
    form->addRow(tr("T&hreat level:"), m_threatLevel);
    m_analysis = new QComboBox(this);
    m_analysis->setObjectName(u"mispAnalysisCombo"_s);
    m_analysis->addItem(tr("Initial"), 0);
    m_analysis->addItem(tr("Ongoing"), 1);
    m_analysis->addItem(tr("Completed"), 2);
    form->addRow(tr("A&nalysis:"), m_analysis);
    m_whiteTag = new QComboBox(this);
    m_whiteTag->setObjectName(u"mispWhiteTagCombo"_s);
    m_whiteTag->addItem(tr("tlp:clear (TLP 2.0)"), u"tlp:clear"_s);
    m_whiteTag->addItem(tr("tlp:white (TLP 1.0)"), u"tlp:white"_s);
    form->addRow(tr("OTX \"white\" becomes:"), m_whiteTag);
    m_defaultTlp = new QComboBox(this);
    m_defaultTlp->setObjectName(u"mispDefaultTlpCombo"_s);
    for (const QString &tlp : {u"tlp:clear"_s,
                               u"tlp:white"_s,
                               u"tlp:green"_s,
                               u"tlp:amber"_s,
                               u"tlp:amber+strict"_s,
                               u"tlp:red"_s}) {
        m_defaultTlp->addItem(tlp, tlp);
    }
    m_defaultTlp->setToolTip(tr("The TLP tag for pulses that have none; the Export panel marks "
                                "it as a default."));
    form->addRow(tr("TLP when a pulse has &none:"), m_defaultTlp);
    m_pulseTags = new QCheckBox(tr("Send the pulse's own &tags as MISP tags"), this);
    m_pulseTags->setObjectName(u"mispPulseTagsCheck"_s);
    form->addRow(QString(), m_pulseTags);
    m_sourceTag = new QLineEdit(this);
    m_sourceTag->setObjectName(u"mispSourceTagEdit"_s);
    m_sourceTag->setToolTip(tr("A tag on every exported event saying where it came from; leave "
                               "empty for none."));
    form->addRow(tr("So&urce tag:"), m_sourceTag);
    m_batchSize = new QSpinBox(this);
    m_batchSize->setObjectName(u"mispBatchSizeSpin"_s);
    m_batchSize->setRange(1, 10000);
    m_batchSize->setToolTip(tr("Attributes per request to MISP. Large pulses go in several "
                               "requests of this size."));
    form->addRow(tr("Attributes per re&quest:"), m_batchSize);
    auto *galaxyRow = new QHBoxLayout;
    m_galaxyFolder = new QLineEdit(this);
    m_galaxyFolder->setObjectName(u"galaxyFolderEdit"_s);
    m_galaxyFolder->setPlaceholderText(tr("misp-galaxy's clusters folder"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(u"galaxyBrowseButton"_s);
    galaxyRow->addWidget(m_galaxyFolder, 1);
    galaxyRow->addWidget(browse);
    form->addRow(tr("&Galaxy data:"), galaxyRow);
    m_galaxyStatus = new QLabel(this);
    m_galaxyStatus->setObjectName(u"galaxyStatusLabel"_s);
    m_galaxyStatus->setWordWrap(true);
    form->addRow(QString(), m_galaxyStatus);

    connect(m_verifyTls, &QCheckBox::toggled, this, &MispSettingsBox::updateTlsWarning);
    connect(m_testButton, &QPushButton::clicked, this, &MispSettingsBox::testConnection);
    connect(m_galaxyFolder,
            &QLineEdit::editingFinished,
            this,
            &MispSettingsBox::updateGalaxyStatus);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("misp-galaxy data folder"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            m_galaxyFolder->setText(folder);
            updateGalaxyStatus();
        });
        dialog->open();
    });
    reload();
}

QUrl MispSettingsBox::serverUrl() const
{
    const QString text = m_url->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

void MispSettingsBox::reload()
{
    const QUrl url = m_settings.mispBaseUrl();
    m_url->setText(url.toString());
    m_key->clear();
    m_verifyTls->setChecked(url.isEmpty() || m_settings.mispVerifyTls(url));
    const MispEventSettings e = m_settings.mispEventSettings();
    m_distribution->setCurrentIndex(std::max(0, m_distribution->findData(e.distribution)));
    m_threatLevel->setCurrentIndex(std::max(0, m_threatLevel->findData(e.threatLevel)));
    m_analysis->setCurrentIndex(std::max(0, m_analysis->findData(e.analysis)));
    m_whiteTag->setCurrentIndex(std::max(0, m_whiteTag->findData(e.whiteTag)));
    m_defaultTlp->setCurrentIndex(std::max(0, m_defaultTlp->findData(e.defaultTlp)));
    m_pulseTags->setChecked(e.pulseTags);
    m_sourceTag->setText(e.sourceTag);
    m_batchSize->setValue(m_settings.mispBatchSize());
    m_galaxyFolder->setText(m_settings.galaxyFolder());
    m_testStatus->clear();
    updateTlsWarning();
    updateGalaxyStatus();
}

Result<void> MispSettingsBox::validate() const
{
    const QUrl url = serverUrl();
    if (!url.isEmpty() && !isWebUrl(url)) {
        return Error{tr("The MISP server URL must be a web address such as "
                        "https://misp.example.org."),
                     {}};
    }
    return {};
}

void MispSettingsBox::apply()
{
    const QUrl url = serverUrl();
    m_settings.setMispBaseUrl(url);
    if (!url.isEmpty()) {
        m_settings.setMispVerifyTls(url, m_verifyTls->isChecked());
        m_url->setText(url.toString());
    }
    MispEventSettings e;
    e.distribution = m_distribution->currentData().toInt();
    e.threatLevel = m_threatLevel->currentData().toInt();
    e.analysis = m_analysis->currentData().toInt();
    e.whiteTag = m_whiteTag->currentData().toString();
    e.defaultTlp = m_defaultTlp->currentData().toString();
    e.pulseTags = m_pulseTags->isChecked();
    e.sourceTag = m_sourceTag->text().trimmed();
    m_settings.setMispEventSettings(e);
    m_settings.setMispBatchSize(m_batchSize->value());
    m_settings.setGalaxyFolder(m_galaxyFolder->text().trimmed());
    if (!m_verifyTls->isChecked()) {
        qCWarning(lcUi) << "TLS verification is off for a MISP server."
                        << "host:" << url.host();
    }
}

QString MispSettingsBox::takeKey()
{
    const QString key = m_key->text().trimmed();
    m_key->clear();
    return key;
}

void MispSettingsBox::testConnection()
{
    const QUrl url = serverUrl();
    if (!isWebUrl(url)) {
        setStatus(m_testStatus,
                  tr("Enter the MISP server's address first, such as https://misp.example.org."),
                  true);
        return;
    }
    MispClientOptions options;
    options.baseUrl = url;
    options.verifyTls = m_verifyTls->isChecked();
    options.timeoutMs = 30000;
    options.maxRetries = 0;
    const QString typed = m_key->text().trimmed();
    m_testButton->setEnabled(false);
    setStatus(m_testStatus, tr("Connecting to %1…").arg(url.host()), false);
    auto *watcher = new QFutureWatcher<Result<MispServerInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_testButton->setEnabled(true);
        const Result<MispServerInfo> result = watcher->result();
        if (!result) {
            QString text = result.error().message;
            if (!result.error().detail.isEmpty()) {
                text += u"\n"_s + tr("Details: %1").arg(result.error().detail);
            }
            setStatus(m_testStatus, text, true);
            return;
        }
        const MispServerInfo &info = result.value();
        QStringList may;
        may << tr("add events");
        if (info.mayTag) {
            may << tr("tag");
        }
        if (info.mayPublish) {
            may << tr("publish");
        }
        QString text = tr("Connected to MISP %1 (organisation %2). The key may %3.")
                               .arg(info.version, info.organisation, may.join(u", "_s));
        if (!info.mayTag) {
            text += u' ' + tr("Without the tagger permission, events get no TLP or ATT&CK tags.");
        } else if (!info.mayCreateTags) {
            text += u' '
                    + tr("Tags that do not exist in MISP yet are dropped by MISP: the key's "
                         "role may not create tags.");
        }
        setStatus(m_testStatus, text, false);
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(
            &m_pool,
            [options, typed, secrets, session = m_sessionSecrets]() mutable
            -> Result<MispServerInfo> {
                if (typed.isEmpty()) {
                    auto key = storedKey(secrets, session);
                    if (!key || key.value().isEmpty()) {
                        return Error{tr("No MISP key is saved. Paste the key above, then test "
                                        "again."),
                                     key ? QString() : key.error().text()};
                    }
                    options.apiKey = key.value();
                } else {
                    options.apiKey = typed;
                }
                MispClient client(options);
                return client.testConnection();
            }));
}

void MispSettingsBox::refreshKeyStatus()
{
    auto *watcher = new QFutureWatcher<KeyStatus>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const KeyStatus status = watcher->result();
        if (status.session || (status.found && !m_secrets.persistent())) {
            setStatus(m_keyStatus, tr("A MISP key is kept for this session only."), false);
        } else if (status.found) {
            setStatus(m_keyStatus,
                      tr("A MISP key is saved in %1.").arg(m_secrets.description()),
                      false);
        } else if (status.error.code == SecretError::Unavailable) {
            setStatus(m_keyStatus, status.error.message, true);
        } else {
            setStatus(m_keyStatus, tr("No MISP key saved yet."), false);
        }
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(&m_pool, [secrets, session = m_sessionSecrets] {
        KeyStatus status;
        if (auto key = session->read(SecretKeys::MispApiKey); key && !key.value().isEmpty()) {
            status.found = status.session = true;
            return status;
        }
        const Result<QString> key = secrets->read(SecretKeys::MispApiKey);
        status.found = key.ok() && !key.value().isEmpty();
        if (!key) {
            status.error = key.error();
        }
        return status;
    }));
}

void MispSettingsBox::updateTlsWarning()
{
    if (m_verifyTls->isChecked()) {
        m_tlsWarning->clear();
        m_tlsWarning->hide();
        return;
    }
    m_tlsWarning->show();
    setStatus(m_tlsWarning,
              tr("TLS verification is OFF for this server: anyone on the network path could "
                 "pose as it, read the API key and change what is sent."),
              true);
}

void MispSettingsBox::updateGalaxyStatus()
{
    // TODO(ui): the galaxy files are read on the GUI thread; misp-galaxy's upstream cluster
    // files are a few MB, so choosing the folder can freeze the window for a moment.
    const QString folder = m_galaxyFolder->text().trimmed();
    if (folder.isEmpty()) {
        setStatus(m_galaxyStatus,
                  tr("No galaxy data: ATT&CK ids get no tags and adversaries plain tags. Choose "
                     "misp-galaxy's clusters folder (with mitre-attack-pattern.json)."),
                  false);
        return;
    }
    const auto galaxy = MispGalaxy::load(folder);
    if (!galaxy) {
        setStatus(m_galaxyStatus, galaxy.error().text(), true);
        return;
    }
    setStatus(m_galaxyStatus,
              tr("%1 ATT&CK patterns and %2 threat-actor names loaded.")
                      .arg(galaxy.value().attackPatternCount())
                      .arg(galaxy.value().threatActorCount()),
              false);
}

void MispSettingsBox::setStatus(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette = this->palette();
    if (problem) {
        palette.setColor(QPalette::WindowText, Colors::errorText());
    }
    label->setPalette(palette);
}
