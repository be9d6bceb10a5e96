<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> BPKD POST /keuda/api/retribusi/cek (invented). Input: the envelope as
     json-to-xml() represents it (routes/kamelets/rest-xml.kamelet.yaml). Only the kode bayar
     travels: anyone may pay an SKRD, so no NIK is sent. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <permintaan>
      <kode_bayar><xsl:value-of select="map[@key = 'data']/string[@key = 'billingCode']"/></kode_bayar>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
