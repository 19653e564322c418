#pragma once

#include "models/Pulse.h"

#include <QUrl>
#include <QWidget>

class AppSettings;
class PulseIndicatorModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

/// One pulse: its description, tags, references (clickable), ATT&CK ids, countries,
/// industries, malware families, and its indicators in a table with a type filter, Copy and
/// "Open in OTX".
class PulseDetailView : public QWidget
{
    Q_OBJECT

public:
    PulseDetailView(AppSettings &settings,
                    PulseIndicatorModel *indicators,
                    QWidget *parent = nullptr);

    /// Shows `pulse` (its indicators through the model, for `pulseRowId`).
    void showPulse(qint64 pulseRowId, const Pulse &pulse);
    /// Shows nothing, or a line saying why.
    void clear(const QString &why = {});

    /// The pulse's page on the configured OTX server; empty when no pulse is shown.
    QUrl otxUrl() const;

    /// The values of the selected indicators, one per line, as OTX sent them.
    QString selectedValues() const;

    void saveState();

public slots:
    void copySelectedValues();
    void openInOtx();

signals:
    /// The analyst asked to enrich the shown pulse's indicators.
    void enrichRequested(const QString &otxId);

private:
    void rebuildTypeCombo();
    void updateButtons();

    AppSettings &m_settings;
    PulseIndicatorModel *m_indicators = nullptr;
    QString m_otxId;
    QTextBrowser *m_text = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_enrichButton = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_copyAction = nullptr;
};
