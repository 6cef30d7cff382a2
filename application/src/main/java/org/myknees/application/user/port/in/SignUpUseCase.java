package org.myknees.application.user.port.in;

import org.myknees.application.user.port.in.UserCommands.SignUpCommand;
import org.myknees.domain.user.User;

/** Creates a user who signs in with a password. */
public interface SignUpUseCase {

    /** @throws org.myknees.application.user.port.out.EmailTakenException when the address is already used */
    User signUp(SignUpCommand command);
}
