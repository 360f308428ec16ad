package no.vidsynt.core.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The identity store behind form sign-in and the API's Basic authentication: VidSynt's own person table. */
@ApplicationScoped
public class PersonIdentityStore implements IdentityStore {

    @Inject
    SignInService signInService;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signInService
                .signIn(credential.getCaller(), credential.getPasswordAsString())
                .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
