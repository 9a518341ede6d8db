package org.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in Chinese. Picocli's messages are English sentences; this says the same from the
 * exception's parts (which option, which value), so a user never reads half a message in English.
 */
final class UsageErrors {
    private UsageErrors() {}

    static String describe(ParameterException ex) {
        if (ex instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return "选项 " + name(overwritten.getOverwritten()) + " 只能给出一次";
        }
        if (ex instanceof MaxValuesExceededException) {
            return "参数过多";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return (arg.isOption() ? "选项 " : "参数 ") + name(arg) + " 的值“" + ex.getValue() + "”无效" + choices(arg);
        }
        // Our own ParameterExceptions (e.g. a missing subcommand) are written in Chinese already.
        return ex.getMessage();
    }

    private static String missing(MissingParameterException ex) {
        List<String> options = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (ArgSpec a : ex.getMissing()) {
            (a.isOption() ? options : parameters).add(name(a));
        }
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (message.startsWith("Missing required parameter for option") && options.size() == 1) {
            OptionSpec o = (OptionSpec) ex.getMissing().get(0);
            return "选项 " + options.get(0) + " 后面缺少取值（" + o.paramLabel() + "）";
        }
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add("缺少必需的选项 " + String.join("、", options));
        }
        if (!parameters.isEmpty()) {
            parts.add("缺少必需的参数 " + String.join("、", parameters));
        }
        return String.join("；", parts);
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        String what = ex.isUnknownOption() ? "未知选项 " : "无法识别的参数 ";
        String hint = ex.getSuggestions().isEmpty() ? "" : "（是否想输入：" + String.join("、", ex.getSuggestions()) + "？）";
        return what + String.join(" ", args) + hint;
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static String choices(ArgSpec a) {
        List<String> values = new ArrayList<>();
        if (a.completionCandidates() != null) {
            a.completionCandidates().forEach(values::add);
        }
        return values.isEmpty() ? "" : "，可选：" + String.join("、", values);
    }
}
