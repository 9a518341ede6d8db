package org.gongkai.app.request;

/**
 * The information processing fee (信息处理费) of one application, by cases (按件计收, 第四条) or by
 * pages (按量计收, 第五条), both 超额累进 (第三条); an agency applies one of the two to an application,
 * never both. Amounts in whole yuan. Domain-spec §4.3, with its test vectors in {@code ProcessingFeesTests}.
 */
final class ProcessingFees {
    private final FeeSchedule schedule;

    ProcessingFees(FeeSchedule schedule) {
        this.schedule = schedule;
    }

    /** The fee of the {@code k}-th case (1-based) an applicant files in a natural month. */
    long perCase(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("case number " + k + " (the first case of a month is 1)");
        }
        if (k <= schedule.freeCasesPerMonth()) {
            return 0;
        }
        if (k <= schedule.secondTierLastCase()) {
            return schedule.secondTierPerCase();
        }
        int beyond = k - schedule.secondTierLastCase();
        int steps = (beyond + schedule.casesPerStep() - 1) / schedule.casesPerStep();
        return schedule.secondTierPerCase() + (long) schedule.stepIncrease() * steps;
    }

    /**
     * 按件: the fee of an application split into {@code cases} cases (一事一申请, 以合理的最小单位拆分),
     * when the applicant had already filed {@code earlierThisMonth} cases this natural month.
     */
    long byCases(int earlierThisMonth, int cases) {
        if (earlierThisMonth < 0 || cases < 1) {
            throw new IllegalArgumentException("earlier " + earlierThisMonth + ", cases " + cases);
        }
        long fee = 0;
        for (int k = earlierThisMonth + 1; k <= earlierThisMonth + cases; k++) {
            fee += perCase(k);
        }
        return fee;
    }

    /** 按量: the fee for {@code pages} pages provided on paper, by e-mail or as copied electronic data. */
    long byPages(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages " + pages);
        }
        return (long) schedule.pagesTier2PerPage() * band(pages, schedule.freePages(), schedule.pagesTier2Last())
                + (long) schedule.pagesTier3PerPage()
                        * band(pages, schedule.pagesTier2Last(), schedule.pagesTier3Last())
                + (long) schedule.pagesAbovePerPage() * Math.max(0, pages - schedule.pagesTier3Last());
    }

    /** How many of {@code pages} fall after page {@code from} up to page {@code to}. */
    private static int band(int pages, int from, int to) {
        return Math.max(0, Math.min(pages, to) - from);
    }
}
