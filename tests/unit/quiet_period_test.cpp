// A burst of changes becomes one piece of work after the burst (QuietPeriod): what the
// Concord panel does with the edits of a user or a macro.
#include "core/common/QuietPeriod.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using concord::core::common::QuietPeriod;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

// --- a burst of touches ---

TEST(QuietPeriod, ABurstOfTouchesIsWaitedForOnceWithItsLastGeneration) {
    // 5 touches 10 ms apart, quiet 100 ms: one wait returns generation 5, no earlier than
    // 100 ms after the last touch
    QuietPeriod quiet(100ms);
    Clock::time_point last;
    std::thread editor([&] {
        for (int i = 0; i < 5; ++i) {
            quiet.touch();
            last = Clock::now();
            std::this_thread::sleep_for(10ms);
        }
    });
    const std::optional<std::uint64_t> generation = quiet.wait();
    const auto woke = Clock::now();
    editor.join();
    ASSERT_TRUE(generation.has_value());
    EXPECT_EQ(5U, *generation);
    EXPECT_GE(woke - last, 100ms);
    EXPECT_EQ(5U, quiet.generation());
}

TEST(QuietPeriod, TouchReturnsAtOnceWhileAWaiterSleeps) {
    // 10,000 touches while a thread waits: each is a counter and a time, far below 1 ms
    QuietPeriod quiet(1000ms);
    std::thread waiter([&] { quiet.wait(); });
    const auto start = Clock::now();
    for (int i = 0; i < 10000; ++i)
        quiet.touch();
    const auto took = Clock::now() - start;
    quiet.stop();
    waiter.join();
    EXPECT_LT(took, 1000ms) << "10,000 touches";
}

// --- after a wait ---

TEST(QuietPeriod, ATouchDuringTheWorkChangesTheGenerationAndIsWaitedForAgain) {
    // the work started at generation 1; a touch meanwhile makes it 2, and the next wait
    // returns 2
    QuietPeriod quiet(20ms);
    quiet.touch();
    ASSERT_EQ(1U, quiet.wait().value_or(0));
    quiet.touch();
    EXPECT_EQ(2U, quiet.generation());
    EXPECT_EQ(2U, quiet.wait().value_or(0));
}

TEST(QuietPeriod, StopEndsAWaitWithoutATouch) {
    QuietPeriod quiet(20ms);
    std::optional<std::uint64_t> generation = 7;
    std::thread waiter([&] { generation = quiet.wait(); });
    std::this_thread::sleep_for(50ms); // the waiter sleeps: no touch yet
    quiet.stop();
    waiter.join();
    EXPECT_FALSE(generation.has_value());
}

TEST(QuietPeriod, StopEndsAWaitInTheQuietPeriod) {
    // touched, quiet 10 s: stop wakes the waiter long before
    QuietPeriod quiet(10000ms);
    quiet.touch();
    std::optional<std::uint64_t> generation = 7;
    const auto start = Clock::now();
    std::thread waiter([&] { generation = quiet.wait(); });
    std::this_thread::sleep_for(50ms);
    quiet.stop();
    waiter.join();
    EXPECT_FALSE(generation.has_value());
    EXPECT_LT(Clock::now() - start, 5000ms);
}
