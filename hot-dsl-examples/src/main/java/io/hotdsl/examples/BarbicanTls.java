package io.hotdsl.examples;

import io.hotdsl.bundle.Bundle;
import io.hotdsl.model.Parameter;
import io.hotdsl.model.Template;
import io.hotdsl.patterns.LoadBalancedPool;
import io.hotdsl.resources.barbican.CertificateContainer;
import io.hotdsl.resources.barbican.Order;
import io.hotdsl.resources.barbican.Secret;
import io.hotdsl.resources.octavia.Listener;
import java.util.Map;

/**
 * Barbican: TLS material kept in the key manager. The certificate and its private key are stored
 * as secrets, grouped in a certificate container, and an Octavia listener terminates HTTPS with
 * it ({@code default_tls_container_ref}). An order asks Barbican to generate an AES key for the
 * application (its {@code secret_ref} is an output).
 */
public final class BarbicanTls implements Example {

  @Override
  public String name() {
    return "barbican";
  }

  @Override
  public String description() {
    return "Barbican secrets, an order and a certificate container used by an HTTPS listener";
  }

  /** The certificate, key and container; returns the container. */
  static CertificateContainer tls(
      Template.Builder t, Parameter<String> certificate, Parameter<String> privateKey) {
    Secret cert = t.resource(Secret.builder("certificate_secret")
        .nameProperty("www-certificate")
        .secretType(Secret.SecretType.CERTIFICATE)
        .payload(certificate.get())
        .payloadContentType(Secret.PayloadContentType.TEXT_PLAIN)
        .build());
    Secret key = t.resource(Secret.builder("private_key_secret")
        .nameProperty("www-private-key")
        .secretType(Secret.SecretType.PRIVATE)
        .payload(privateKey.get())
        .payloadContentType(Secret.PayloadContentType.TEXT_PLAIN)
        .build());
    return t.resource(CertificateContainer.builder("tls")
        .nameProperty("www-tls")
        .certificateRef(cert)
        .privateKeyRef(key)
        .build());
  }

  // resources and parameters share one namespace in Heat ("Duplicate names"): the secrets are
  // certificate_secret and private_key_secret, the parameters certificate and private_key
  static Template root() {
    Template.Builder t = Template.builder()
        .description("HTTPS terminated by Octavia with a certificate kept in Barbican");
    Parameter<String> subnet =
        t.parameter(Parameter.string("subnet").defaultValue("private-subnet"));
    Parameter<String> certificate = t.parameter(
        Parameter.string("certificate").description("PEM certificate").hidden(true));
    Parameter<String> privateKey = t.parameter(
        Parameter.string("private_key").description("PEM private key").hidden(true));
    CertificateContainer container = tls(t, certificate, privateKey);
    Order dataKey = t.resource(Order.builder("data_key")
        .nameProperty("app-data-key")
        .typeProperty(Order.Type.KEY)
        .algorithm("aes")
        .bitLength(256)
        .mode("cbc")
        .build());
    LoadBalancedPool.builder("https")
        .vipSubnet(subnet)
        .listen(Listener.Protocol.TERMINATED_HTTPS, 443)
        .tlsContainer(container)
        .addTo(t);
    t.output("data_key", dataKey.secretRef(), "The generated AES key's secret reference");
    t.output("tls_container", container);
    return t.build();
  }

  @Override
  public Bundle bundle() {
    return Examples.single(root());
  }

  @Override
  public Map<String, Object> parameterValues() {
    return Map.of(
        "certificate", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
        "private_key", "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
  }
}
