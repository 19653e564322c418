#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

/// Shared set-up of the app's table views.
namespace TableViews {

/// A column width applied before the saved header state, which takes precedence.
struct SectionWidth
{
    int section = 0;
    int width = 0;
};

/// A read-only table of `model` with whole-row single selection, alternating row colours, no
/// row numbers, movable columns and sorting by header click. The header comes back from
/// `savedHeaderState` (as QHeaderView::saveState() wrote it); when that fails or names no valid
/// sort column, it sorts by `defaultSortColumn` in `defaultOrder`.
QTableView *createSortableTable(QWidget *parent,
                                const QString &objectName,
                                QAbstractItemModel *model,
                                const QList<SectionWidth> &widths,
                                const QByteArray &savedHeaderState,
                                int defaultSortColumn,
                                Qt::SortOrder defaultOrder);

} // namespace TableViews
