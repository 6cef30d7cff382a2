package org.myknees.bootstrap.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line returned and printed, for the command-line tests. */
record CliRun(int code, String out, String err) {

    static CliRun of(MykneesCli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
