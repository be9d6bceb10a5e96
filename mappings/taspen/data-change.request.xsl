<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Taspen POST /mitra/v1/peserta/perubahan-data (invented). noReferensi
     carries the hub's request id (deduplicated by Taspen). Only the changed items travel. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <xsl:variable name="c" select="$data/map[@key = 'changes']"/>
    <permintaan>
      <noReferensi><xsl:value-of select="string[@key = 'requestId']"/></noReferensi>
      <notas><xsl:value-of select="$data/string[@key = 'notas']"/></notas>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <perubahan>
        <xsl:for-each select="$c/string[@key = 'address']">
          <alamat><xsl:value-of select="upper-case(.)"/></alamat>
        </xsl:for-each>
        <xsl:for-each select="$c/string[@key = 'phone']">
          <noHp><xsl:value-of select="."/></noHp>
        </xsl:for-each>
        <xsl:for-each select="$c/string[@key = 'email']">
          <email><xsl:value-of select="."/></email>
        </xsl:for-each>
        <xsl:for-each select="$c/map[@key = 'payingBank']">
          <kantorBayar>
            <kodeBank><xsl:value-of select="string[@key = 'bankCode']"/></kodeBank>
            <noRekening><xsl:value-of select="string[@key = 'accountNumber']"/></noRekening>
          </kantorBayar>
        </xsl:for-each>
      </perubahan>
      <kanal>MPP</kanal>
      <lokasi><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></lokasi>
    </permintaan>
  </xsl:template>
</xsl:stylesheet>
