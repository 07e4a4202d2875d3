package id.go.kemensos.replika.user;

/** A created account and its temporary password, which is shown once and never stored in clear. */
public record NewAccount(AccountDetails account, String temporaryPassword) {

    @Override
    public String toString() {
        return "NewAccount[" + account.username() + "]";
    }
}
