#pragma once

#include <QRect>
#include <QString>

// What a chart shows as separate items (markers, density bins, bars), in reading order, so
// that ChartAccessible can offer them to assistive technology one by one. Charts implement
// it beside QChartView.
class ChartItems
{
public:
    virtual ~ChartItems() = default;

    virtual int itemCount() const = 0;
    virtual QString itemName(int item) const = 0;
    // In the chart view's coordinates; empty while the item is scrolled or zoomed out of sight.
    virtual QRect itemRect(int item) const = 0;
    virtual bool isItemSelected(int item) const = 0;
    // The item the keyboard is on, or -1; charts without keyboard navigation keep -1.
    virtual int focusedItem() const = 0;
    // Changes whenever the items are replaced, so that interfaces made for the old ones are
    // dropped rather than given names of different items.
    virtual int itemsVersion() const = 0;
};
