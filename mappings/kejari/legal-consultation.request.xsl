<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Kejari PTSP POST /konsultasi-hukum (invented interface).
     id_permintaan carries the hub's request id (Kejari deduplicates on it); the catalogue's topic and
     session codes become the back end's (perdata -> PERDATA, morning -> PAGI). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <permintaan>
      <id_permintaan><xsl:value-of select="string[@key = 'requestId']"/></id_permintaan>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <bidang><xsl:value-of select="translate(upper-case($data/string[@key = 'topic']), '-', '_')"/></bidang>
      <kronologi><xsl:value-of select="$data/string[@key = 'summary']"/></kronologi>
      <tanggal_diminta><xsl:value-of select="$data/string[@key = 'preferredDate']"/></tanggal_diminta>
      <sesi><xsl:value-of select="if ($data/string[@key = 'preferredSession'] = 'afternoon') then 'SIANG' else 'PAGI'"/></sesi>
      <telepon><xsl:value-of select="$data/string[@key = 'phone']"/></telepon>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
