<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Taspen POST /mitra/v1/peserta/status (invented API). The NIK always
     travels (in the body, never the URL): a NOTAS look-up is only answered when the NOTAS is that
     citizen's. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <permintaan>
      <jenisPencarian><xsl:value-of select="upper-case($data/string[@key = 'lookupBy'])"/></jenisPencarian>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <xsl:if test="$data/string[@key = 'lookupBy'] = 'notas'">
        <notas><xsl:value-of select="$data/string[@key = 'notas']"/></notas>
      </xsl:if>
      <kanal>MPP</kanal>
      <lokasi><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></lokasi>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
