// A value read from the data files is read once; a configuration failure (a data file
// missing or broken) is kept and thrown again without reading, any other failure retried.
#include "core/common/Error.hpp"
#include "core/common/LoadOnce.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>

using concord::core::common::Error;
using concord::core::common::LoadOnce;

namespace {

/// what() of the error get() throws, or "no error".
template <class Load> std::string failure(LoadOnce<int>& once, Load load) {
    try {
        once.get(load);
    } catch (const std::exception& error) {
        return error.what();
    }
    return "no error";
}

} // namespace

TEST(LoadOnce, ValueIsLoadedOnce) {
    LoadOnce<int> once;
    int loads = 0;
    auto load = [&] {
        ++loads;
        return std::make_unique<int>(42);
    };
    EXPECT_EQ(42, once.get(load));
    EXPECT_EQ(42, once.get(load));
    EXPECT_EQ(1, loads);
}

TEST(LoadOnce, ConfigurationFailureIsKeptNotRetried) {
    LoadOnce<int> once;
    int loads = 0;
    auto load = [&]() -> std::unique_ptr<int> {
        ++loads;
        throw Error(Error::Category::Configuration, "words.invalid_json",
                    "the words file is not valid JSON", "words.json");
    };
    const std::string what = "[words.invalid_json] the words file is not valid JSON: words.json";
    EXPECT_EQ(what, failure(once, load));
    // the second call throws the same error without reading again
    EXPECT_EQ(what, failure(once, load));
    EXPECT_EQ(what, failure(once, [] { return std::make_unique<int>(1); }));
    EXPECT_EQ(1, loads);
}

TEST(LoadOnce, OtherFailureIsRetried) {
    LoadOnce<int> once;
    int loads = 0;
    auto load = [&]() -> std::unique_ptr<int> {
        if (++loads == 1)
            throw std::runtime_error("out of file handles");
        return std::make_unique<int>(7);
    };
    EXPECT_EQ("out of file handles", failure(once, load));
    EXPECT_EQ(7, once.get(load));
    EXPECT_EQ(2, loads);
}
