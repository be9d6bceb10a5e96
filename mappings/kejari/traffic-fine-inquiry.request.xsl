<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Kejari PTSP POST /tilang/denda (invented interface). Only the ticket
     number and, when given, the plate travel: like the public e-tilang lookup, no NIK is needed. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <permintaan>
      <nomor_register><xsl:value-of select="$data/string[@key = 'ticketNumber']"/></nomor_register>
      <xsl:for-each select="$data/string[@key = 'plateNumber']">
        <nopol><xsl:value-of select="."/></nopol>
      </xsl:for-each>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
