package org.myknees.adapter.persistence.memory;

import org.myknees.application.user.port.out.UserRepository;
import org.myknees.application.user.port.out.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected UserRepository newRepository() {
        return new InMemoryUserRepository();
    }
}
