package org.myknees.adapter.persistence.memory;

import org.myknees.application.user.port.out.RefreshTokenStore;
import org.myknees.application.user.port.out.RefreshTokenStoreContract;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    @Override
    protected RefreshTokenStore newStore() {
        return new InMemoryRefreshTokenStore();
    }
}
