#pragma once

#include "models/PulseFilter.h"

#include <QWidget>

class AppSettings;
class PulseDetailView;
class PulseIndicatorModel;
class PulseTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

/// The pulses panel: a filter bar, the sortable pulse table and the selected pulse's details.
/// Typing in the filter bar re-queries after a short pause, not on every key.
class PulseBrowser : public QWidget
{
    Q_OBJECT

public:
    /// Pause after the last key before the table re-queries.
    static constexpr int FILTER_DELAY_MS = 200;

    PulseBrowser(AppSettings &settings,
                 PulseTableModel *pulses,
                 PulseIndicatorModel *indicators,
                 QWidget *parent = nullptr);

    /// The filter the widgets describe.
    PulseFilter filterFromWidgets() const;
    /// Puts `filter` in the widgets and applies it at once.
    void setFilter(const PulseFilter &filter);

    /// Remembers column widths, sort order, splitter and filter in AppSettings.
    void saveState();

    PulseDetailView *detailView() const { return m_detail; }

public slots:
    /// Re-reads the pulses (after a sync), keeping the selected pulse selected when it is
    /// still among the first rows.
    void refresh();
    /// Applies the filter now instead of after the typing pause.
    void applyFilter();
    void clearFilters();
    void focusFilter();

private:
    void scheduleFilter();
    void showCurrentPulse();
    void updateCountLabel();
    void updateDateEditsEnabled();

    AppSettings &m_settings;
    PulseTableModel *m_pulses = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tlp = nullptr;
    QLineEdit *m_adversary = nullptr;
    QLineEdit *m_malware = nullptr;
    QLineEdit *m_attack = nullptr;
    QLineEdit *m_tag = nullptr;
    QCheckBox *m_modifiedCheck = nullptr;
    QDateEdit *m_modifiedFrom = nullptr;
    QDateEdit *m_modifiedTo = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    PulseDetailView *m_detail = nullptr;
    qint64 m_shownPulse = 0;
};
