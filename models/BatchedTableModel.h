#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <utility>

/// A flat table read lazily in batches of `RowT`: the first batch on refresh, the next one each
/// time a view asks for more (canFetchMore()/fetchMore()). Sorting stores the column and order
/// and re-queries. Subclasses write the query in readBatch() and the re-query in refresh().
///
/// Not a Q_OBJECT itself (moc cannot handle templates); subclasses add Q_OBJECT, their signals
/// and slots.
template <typename RowT>
class BatchedTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent = {}) const override
    {
        return !parent.isValid() && !m_atEnd;
    }

    void fetchMore(const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || m_atEnd) {
            return;
        }
        bool atEnd = true;
        QList<RowT> batch = readBatch(m_offset, &atEnd);
        m_atEnd = atEnd;
        if (batch.isEmpty()) {
            return;
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
        appendRows(std::move(batch));
        endInsertRows();
    }

    /// Stores the column and order and calls refresh(); does nothing for an unknown column or
    /// the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columnCount()) {
            return;
        }
        if (column == m_sortColumn && order == m_sortOrder) {
            return;
        }
        m_sortColumn = column;
        m_sortOrder = order;
        refresh();
    }

protected:
    using Row = RowT;

    BatchedTableModel(int sortColumn, Qt::SortOrder sortOrder, QObject *parent)
        : QAbstractTableModel(parent)
        , m_sortColumn(sortColumn)
        , m_sortOrder(sortOrder)
    {
    }

    // TODO(models): batches are read with LIMIT/OFFSET, so each batch deeper in a large result
    // costs a little more (about 15 ms at row 20,000 on Postgres); keyset paging on the sort
    // key and row id would keep every batch as cheap as the first.
    /// Reads the rows from `offset` (rows of the query, not of the model) and sets `*atEnd`
    /// when the query has no more; calls setNextOffset() with where the next batch starts.
    virtual QList<RowT> readBatch(int offset, bool *atEnd) = 0;
    /// Re-queries from the first batch, inside beginResetModel()/endResetModel().
    virtual void refresh() = 0;
    /// Called for each row as it joins the model, for the subclass's own bookkeeping.
    virtual void rowLoaded(const RowT & /*row*/) {}

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    const QList<RowT> &rows() const { return m_rows; }
    /// True when the last batch has been read (or nothing was queried).
    bool atEnd() const { return m_atEnd; }
    void setNextOffset(int offset) { m_offset = offset; }

    /// Forgets every row; call between beginResetModel() and endResetModel().
    void clearRows()
    {
        m_rows.clear();
        m_offset = 0;
        m_atEnd = true;
    }

    /// Reads the first batch; call between beginResetModel() and endResetModel().
    void readFirstBatch()
    {
        bool atEnd = true;
        QList<RowT> batch = readBatch(0, &atEnd);
        m_atEnd = atEnd;
        appendRows(std::move(batch));
    }

private:
    void appendRows(QList<RowT> &&batch)
    {
        for (RowT &row : batch) {
            rowLoaded(row);
            m_rows.append(std::move(row));
        }
    }

    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<RowT> m_rows;
    int m_offset = 0; ///< rows consumed from the query (m_rows may hold fewer: duplicates)
    bool m_atEnd = true;
};
