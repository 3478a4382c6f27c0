#include "core/kpi/LinearFit.hpp"

#include "core/common/Error.hpp"

#include <Poco/NumberFormatter.h>

namespace concord::core::kpi {

namespace {

/// The fitted line y = meanY + slope · (x − meanX); centring on the means keeps large day
/// numbers (serial dates around 46000) from cancelling digits.
struct Line {
    double meanX;
    double meanY;
    double slope;
};

struct Point {
    double x;
    double y;
};

Line fit(const std::vector<Point>& points) {
    if (points.size() < 2)
        throw common::Error(common::Error::Category::Argument, "kpi.fit_too_few_points",
                            "fewer than 2 (date, value) pairs",
                            Poco::NumberFormatter::format(static_cast<int>(points.size())));
    bool distinct = false;
    for (const Point& p : points)
        distinct = distinct || p.x != points.front().x;
    if (!distinct)
        throw common::Error(common::Error::Category::Argument, "kpi.fit_one_distinct_date",
                            "all pairs have the same date",
                            Poco::NumberFormatter::format(points.front().x));
    const double n = static_cast<double>(points.size());
    double sumX = 0.0;
    double sumY = 0.0;
    for (const Point& p : points) {
        sumX += p.x;
        sumY += p.y;
    }
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    double sxx = 0.0;
    double sxy = 0.0;
    for (const Point& p : points) {
        const double dx = p.x - meanX;
        sxx += dx * dx;
        sxy += dx * (p.y - meanY);
    }
    return {meanX, meanY, sxy / sxx};
}

/// The pairs where both are numbers; x from dates, or the 1-based position without dates.
std::vector<Point> pairs(const std::vector<std::optional<double>>& values,
                         const std::vector<std::optional<double>>* dates) {
    if (dates && dates->size() != values.size())
        throw common::Error(common::Error::Category::Argument, "kpi.fit_size_mismatch",
                            "values and dates differ in size",
                            Poco::NumberFormatter::format(static_cast<int>(values.size())) +
                                " vs " +
                                Poco::NumberFormatter::format(static_cast<int>(dates->size())));
    std::vector<Point> points;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::optional<double> x =
            dates ? (*dates)[i] : std::optional<double>(static_cast<double>(i + 1));
        if (values[i] && x)
            points.push_back({*x, *values[i]});
    }
    return points;
}

} // namespace

double forecast(const std::vector<std::optional<double>>& values,
                const std::vector<std::optional<double>>& dates, double deadline) {
    const Line line = fit(pairs(values, &dates));
    return line.meanY + line.slope * (deadline - line.meanX);
}

double trend(const std::vector<std::optional<double>>& values,
             const std::vector<std::optional<double>>* dates) {
    return fit(pairs(values, dates)).slope;
}

} // namespace concord::core::kpi
