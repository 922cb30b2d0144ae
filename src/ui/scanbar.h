// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace VendorPack {

// The line a keyboard-wedge scanner types into (large, at the top of the packing page), with the
// current target and the last scan's result beside it; emits each scan on Return.
class ScanBar : public QWidget
{
    Q_OBJECT

public:
    explicit ScanBar(QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    void setTargetText(const QString &text);
    QString targetText() const;
    // The last result: green when ok, red (and a beep) when not.
    void showResult(bool ok, const QString &message);
    QString resultText() const;
    bool lastResultOk() const { return m_lastOk; }
    void takeFocus();

signals:
    void scanned(const QString &text);

protected:
    // An empty scan bar lets Undo, Redo and Delete through to the page's actions.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReturnPressed();

    QLineEdit *m_input;
    QLabel *m_target;
    QLabel *m_result;
    bool m_lastOk = true;
};

} // namespace VendorPack
