package org.gongkai.app.request;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApplicantContactPostgresIntegrationTests extends ApplicantContactIntegrationTests {}
