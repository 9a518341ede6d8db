package org.gongkai.app.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

/** Signs in through the real login form; the session lives in the database (Spring Session), named by its cookie. */
final class SignIn {
    private SignIn() {}

    static Cookie as(MockMvc mvc, String username, String password) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return session;
    }
}
