package org.myknees.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that does something: it reaches the store and the global options through the root command. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    MykneesCli cli() {
        return (MykneesCli) spec.root().userObject();
    }

    @Override
    public final Integer call() {
        execute(cli());
        return 0;
    }

    abstract void execute(MykneesCli cli);
}
