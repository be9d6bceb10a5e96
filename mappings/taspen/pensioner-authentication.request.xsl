<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Taspen POST /mitra/v1/otentikasi (invented). noReferensi carries the
     hub's request id (Taspen deduplicates on it); the NIK lets Taspen check the NOTAS is the
     pensioner's own. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="methods" select="map{'face-recognition': 'WAJAH', 'fingerprint': 'SIDIK_JARI'}"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <permintaan>
      <noReferensi><xsl:value-of select="string[@key = 'requestId']"/></noReferensi>
      <notas><xsl:value-of select="$data/string[@key = 'notas']"/></notas>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <metode><xsl:value-of select="$methods($data/string[@key = 'method'])"/></metode>
      <noHp><xsl:value-of select="$data/string[@key = 'phone']"/></noHp>
      <perubahanStatusKawin><xsl:value-of select="if ($data/boolean[@key = 'maritalStatusChanged'] = 'true') then 'Y' else 'T'"/></perubahanStatusKawin>
      <kanal>MPP</kanal>
      <lokasi><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></lokasi>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
